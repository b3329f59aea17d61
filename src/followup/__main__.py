from followup.cli import main

main()
