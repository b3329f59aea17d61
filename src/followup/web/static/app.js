/* followup: the few touches that need a script. Every page works without it. */
(function () {
  "use strict";
  function copy(button) {
    var target = document.querySelector(button.getAttribute("data-copy"));
    if (!target) { return; }
    var text = target.value !== undefined ? target.value : target.textContent;
    var note = button.closest(".card, section, main").querySelector(".copied");
    function done(ok) {
      if (note) { note.textContent = ok ? "Copied." : "Select the text and copy it."; }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    } else {
      target.focus();
      target.select();
      try { done(document.execCommand("copy")); } catch (e) { done(false); }
    }
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (button) { copy(button); }
  });
})();
