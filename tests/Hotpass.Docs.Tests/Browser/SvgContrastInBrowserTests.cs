using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>The words in the site's SVG figures (heat-map axes and counts, trend-chart legends) against what is behind
/// them, in light and dark. axe marks SVG text "incomplete" rather than judging it, so the contrast is measured here:
/// each text's computed fill against the shape under its centre, or else the page's background (WCAG 2 relative
/// luminance, opacity blended).</summary>
public sealed class SvgContrastInBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Measure = """
        () => {
          const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,\/]+/).filter(x => x).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const over = (top, alpha, under) => ({ r: top.r * alpha + under.r * (1 - alpha), g: top.g * alpha + under.g * (1 - alpha), b: top.b * alpha + under.b * (1 - alpha) });
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const page = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) return c; } return { r: 255, g: 255, b: 255 }; };
          const out = [];
          for (const text of document.querySelectorAll('main svg text')) {
            const box = text.getBoundingClientRect();
            if (box.width === 0) continue;
            const x = box.left + box.width / 2, y = box.top + box.height / 2;
            let back = page(text.ownerSVGElement);
            const shapes = [...text.ownerSVGElement.querySelectorAll('rect, circle, path, polygon')].filter(s => {
              const b = s.getBoundingClientRect(); const st = getComputedStyle(s);
              return st.fill !== 'none' && b.left <= x && x <= b.right && b.top <= y && y <= b.bottom;
            });
            for (const s of shapes) {
              const st = getComputedStyle(s); const c = parse(st.fill);
              if (c) back = over(c, Number(st.fillOpacity) * Number(st.opacity) * c.a, back);
            }
            const st = getComputedStyle(text); const f = parse(st.fill);
            const fore = over(f, Number(st.fillOpacity) * f.a, back);
            const [hi, lo] = [lum(fore), lum(back)].sort((a, b) => b - a);
            out.push({ text: text.textContent.trim(), ratio: (hi + 0.05) / (lo + 0.05) });
          }
          return out;
        }
        """;

    private sealed class Measured
    {
        public string Text { get; set; } = "";

        public double Ratio { get; set; }
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_svg_text_has_at_least_4_5_to_1_contrast_with_what_is_behind_it(ColorScheme scheme)
    {
        site.RequireBrowser();
        var pages = PageTypes.In(site.OutDir).Where(p => File.ReadAllText(Path.Combine(site.OutDir, p)).Contains("<svg", StringComparison.Ordinal)).ToList();
        Assert.Contains("governance/register.html", pages);
        Assert.Contains("evidence/index.html", pages);
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        var low = new List<string>();
        var measured = 0;
        foreach (var path in pages)
        {
            await page.GotoAsync(site.Url(path));
            var texts = await page.EvaluateAsync<Measured[]>(Measure);
            measured += texts.Length;
            low.AddRange(texts.Where(t => t.Ratio < 4.5).Select(t => $"{path}: '{t.Text}' {t.Ratio:0.00}:1"));
        }
        Assert.True(measured > 20, $"only {measured} SVG texts measured on {string.Join(", ", pages)}");
        Assert.True(low.Count == 0, string.Join("\n", low));
    }
}
