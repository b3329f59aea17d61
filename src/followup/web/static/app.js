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

  /* A field is checked when it loses focus. When it loses focus because a button is being
     pressed, showing the message at once would move the button from under the finger and the
     press would miss it; the message waits until the press is over. */
  var pressing = false;
  var held = [];
  function over() {
    pressing = false;
    var later = held;
    held = [];
    later.forEach(function (swap) { swap(); });
  }
  /* A tap's click comes after the finger is lifted: wait for it, or a moment if none comes. */
  function lifted(event) { setTimeout(over, event.pointerType === "touch" ? 400 : 0); }
  document.addEventListener("pointerdown", function () { pressing = true; }, true);
  document.addEventListener("pointerup", lifted, true);
  document.addEventListener("pointercancel", lifted, true);
  document.addEventListener("click", function () { setTimeout(over, 0); }, true);
  document.addEventListener("htmx:beforeSwap", function (event) {
    var d = event.detail;
    if (!pressing || !d.shouldSwap || !d.target || !/^err-/.test(d.target.id || "")) { return; }
    d.shouldSwap = false;
    var target = d.target;
    var html = d.serverResponse;
    held.push(function () {
      if (document.contains(target) && window.htmx) {
        window.htmx.swap(target, html, { swapStyle: "outerHTML" });
      }
    });
  });
})();
