using System.Globalization;
using System.Text;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>The script that reloads open tabs and shows a failed rebuild's errors. It is added to HTML responses as
/// they are served, never to the built files, so no published page carries it.</summary>
public static class LiveReloadScript
{
    public const string ScriptPath = "/__hotpass-docs/live.js";
    public const string EventsPath = "/__hotpass-docs/events";

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    // Builds the overlay with textContent only: diagnostics quote pages, which may be hostile.
    public const string Source = """
        (() => {
          "use strict";
          const served = Number(document.currentScript.dataset.generation);
          let overlay = null;
          const events = new EventSource("/__hotpass-docs/events");
          events.addEventListener("hello", e => { if (JSON.parse(e.data).generation !== served) location.reload(); });
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("errors", e => show(JSON.parse(e.data).diagnostics));
          function show(diagnostics) {
            if (overlay) overlay.remove();
            overlay = document.createElement("div");
            overlay.id = "hotpass-docs-errors";
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-label", "Rebuild failed");
            overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem";
            const title = document.createElement("h2");
            title.textContent = "Rebuild failed: still serving the last good site";
            overlay.append(title);
            const list = document.createElement("ul");
            for (const d of diagnostics) {
              const item = document.createElement("li");
              item.textContent = `${d.path}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`;
              list.append(item);
            }
            overlay.append(list);
            const close = document.createElement("button");
            close.type = "button";
            close.textContent = "Dismiss";
            close.addEventListener("click", () => { overlay.remove(); overlay = null; });
            overlay.append(close);
            document.body.append(overlay);
            close.focus();
          }
        })();
        """;

    /// <summary>The page with the script tag before its last <c>&lt;/body&gt;</c> (or at the end when it has none).</summary>
    public static byte[] Inject(byte[] html, int generation)
    {
        var tag = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"<script src=\"{ScriptPath}\" data-generation=\"{generation}\"></script>\n"));
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0) at = html.Length;
        var result = new byte[html.Length + tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        tag.CopyTo(result.AsSpan(at));
        html.AsSpan(at).CopyTo(result.AsSpan(at + tag.Length));
        return result;
    }
}
