namespace Extraction.Host.Web;

/// <summary>The pages' one stylesheet and one script, served from the program itself (no CDN: office networks are closed).</summary>
internal static class StaticAssets
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/static/site.css", () => Results.Text(Css, "text/css; charset=utf-8"));
        app.MapGet("/static/site.js", () => Results.Text(Script, "text/javascript; charset=utf-8"));
    }

    const string Css = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0; font-size: 14px; color: #222; }
        header { background: #8b1a1a; color: #fff; padding: 8px 16px; display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
        header nav { display: flex; gap: 14px; align-items: center; flex-wrap: wrap; }
        header a { color: #fff; text-decoration: none; } header a.here { border-bottom: 2px solid #fff; }
        header .who { opacity: .85; } header button { background: none; color: #fff; border: 1px solid #fff; cursor: pointer; }
        main { padding: 12px 16px; max-width: 1340px; } h1 { font-size: 20px; margin: 4px 0 12px; } h2 { font-size: 16px; margin-top: 22px; }
        table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }
        thead th { background: #f3eded; position: sticky; top: 0; } .wide { overflow-x: auto; max-height: 80vh; }
        table.grid td { text-align: right; white-space: nowrap; } table.grid td.over { background: #fde2e2; }
        tr.indicator th { background: #f7f4ec; text-align: left; } td.reviewed { font-weight: bold; }
        tr.clause.missing td:first-child { border-left: 4px solid #c62828; } tr.clause.partial td:first-child { border-left: 4px solid #f9a825; }
        tr.clause.met td:first-child { border-left: 4px solid #2e7d32; } tr.clause.needs_review td:first-child { border-left: 4px solid #1565c0; }
        details summary { cursor: pointer; } .detail { max-width: 820px; } .rule { color: #555; }
        .notice { background: #e8f5e9; padding: 6px 10px; } .error { background: #fdecea; color: #8b1a1a; padding: 6px 10px; }
        .flag { background: #fdecea; color: #8b1a1a; padding: 0 4px; border-radius: 3px; } .muted, .hint { color: #777; }
        form.inline { display: inline; } form.decide { margin: 8px 0; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
        form.decide input[name=reason] { width: 320px; } form.login { display: grid; gap: 10px; max-width: 320px; }
        form.search { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
        .document { display: flex; gap: 16px; align-items: flex-start; flex-wrap: wrap; }
        .sheet { position: relative; display: inline-block; border: 1px solid #aaa; max-width: 640px; }
        .sheet img { display: block; width: 100%; } .sheet svg.hits { position: absolute; left: 0; top: 0; width: 100%; height: 100%; }
        rect.hit { fill: rgba(255, 213, 0, .40); stroke: #e65100; stroke-width: 2; vector-effect: non-scaling-stroke; }
        pre.text { white-space: pre-wrap; max-width: 640px; font-family: inherit; background: #fafafa; padding: 8px; }
        mark { background: #ffe082; } .drop { border: 2px dashed #aaa; padding: 24px; margin: 8px 0; text-align: center; }
        .drop.over { border-color: #8b1a1a; background: #fdf3f3; } .facts th { text-align: left; background: #f7f4ec; }
        """;

    // Opens the clause a link or a saved decision points at, and lets files be dropped on the upload form.
    const string Script = """
        document.addEventListener('DOMContentLoaded', () => {
          const open = () => { if (!location.hash) return; const row = document.querySelector(location.hash); const d = row && row.querySelector('details'); if (d) { d.open = true; row.scrollIntoView(); } };
          open(); window.addEventListener('hashchange', open);
          const drop = document.getElementById('drop'), form = document.getElementById('upload');
          if (drop && form) {
            const input = form.querySelector('input[type=file]');
            drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
            drop.addEventListener('dragleave', () => drop.classList.remove('over'));
            drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); input.files = e.dataTransfer.files; form.submit(); });
          }
        });
        """;
}
