// Copy buttons on code blocks. The script adds them, so without JavaScript there is no button that cannot work and
// the page reads as before. Each button sits in its block's wrapper (div.code-block, written at build time), placed
// over the block's corner, so adding it moves nothing on the page. A console block copies only its commands (the
// lines after a prompt, and their '\' continuations), never the prompts or the output.
(function () {
  "use strict";
  var blocks = document.querySelectorAll(".code-block > pre.code");
  if (!blocks.length) return;

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function commandsOf(code) {
    var lines = [], line = "", prompted = false, continued = false;
    function end() {
      if (prompted || continued) {
        lines.push(line);
        continued = /\\$/.test(line);
      } else {
        continued = false;
      }
      line = "";
      prompted = false;
    }
    Array.prototype.forEach.call(code.childNodes, function (node) {
      var cls = node.nodeType === 1 ? node.className : "";
      if (cls === "hl-prompt") { prompted = true; return; }
      if (cls === "hl-out") return;
      var parts = node.textContent.split("\n");
      line += parts[0];
      for (var i = 1; i < parts.length; i++) { end(); line += parts[i]; }
    });
    if (line) end();
    return lines.join("\n");
  }

  function textOf(pre) {
    var code = pre.querySelector("code") || pre;
    if (code.querySelector(".hl-prompt")) return commandsOf(code);
    return code.textContent.replace(/\n$/, "");
  }

  // For pages opened where the Clipboard API is not offered: a selection copied the old way.
  function copyBySelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    document.body.removeChild(area);
    return copied;
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return copyBySelection(text); });
    }
    return Promise.resolve(copyBySelection(text));
  }

  Array.prototype.forEach.call(blocks, function (pre) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code");
    var timer = 0;
    button.addEventListener("click", function () {
      copy(textOf(pre)).then(function (copied) {
        button.focus();
        button.textContent = copied ? "Copied" : "Failed";
        status.textContent = copied ? "Code copied to the clipboard" : "Could not copy: select the code and copy it";
        clearTimeout(timer);
        timer = setTimeout(function () { button.textContent = "Copy"; status.textContent = ""; }, 2000);
      });
    });
    pre.parentNode.appendChild(button);
  });
})();
