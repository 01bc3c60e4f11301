using System.Text.Json;
using Extraction.Store;

namespace Extraction.Understand;

/// <summary>Runs understanding over every readable document of the store and keeps the facts, from stored text only.</summary>
public sealed class DocumentFactsStore(EvidenceStore store)
{
    public sealed record Entry(string Sha256, string File, string? Region, DocumentFacts Facts);

    public List<Entry> Update(DocumentUnderstanding understanding)
    {
        var documents = store.WithConnection(connection =>
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = """
                SELECT d.sha256, d.region, (SELECT relative_path FROM arrivals a WHERE a.sha256 = d.sha256 ORDER BY a.id LIMIT 1)
                FROM documents d WHERE d.status = 'ok' ORDER BY d.created_at, d.sha256
                """;
            using var r = cmd.ExecuteReader();
            var list = new List<(string Sha, string? Region, string File)>();
            while (r.Read()) list.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? r.GetString(0) : r.GetString(2)));
            return list;
        });
        var read = documents.Select(d => (Document: d, Stored: store.Pages(d.Sha)))
            .Select(x => (x.Document, Pages: x.Stored.Select(p => p.Text).ToList(), Ocr: x.Stored.Any(p => p.Confidence is not null))).ToList();
        // Text layers first: the issuers they spell out mend the ones OCR misread.
        var facts = read.Where(r => !r.Ocr).ToDictionary(r => r.Document.Sha, r => understanding.Understand(r.Pages, r.Document.Region));
        var known = new KnownHeaders(facts.Values.Select(f => f.Issuer).OfType<string>().ToHashSet(),
            facts.Values.Where(f => f.DocNumber is not null).GroupBy(f => DocumentNumber.Agency(f.DocNumber!)).ToDictionary(g => g.Key, g => g.First().IssuerRegion));
        foreach (var r in read.Where(r => r.Ocr)) facts[r.Document.Sha] = understanding.Understand(r.Pages, r.Document.Region, known);
        var entries = read.Select(r => (Entry: new Entry(r.Document.Sha, r.Document.File, r.Document.Region, facts[r.Document.Sha]), Text: string.Join("\n", r.Pages))).ToList();

        // A near-duplicate counts once, and only within one region's folder.
        foreach (var region in entries.GroupBy(e => e.Entry.Region))
        {
            var duplicates = NearDuplicates.Find(region.Select(e => (e.Entry.Sha256, e.Text)).ToList());
            foreach (var (copy, original) in duplicates)
            {
                int i = entries.FindIndex(e => e.Entry.Sha256 == copy);
                var file = entries.First(e => e.Entry.Sha256 == original).Entry.File;
                entries[i] = entries[i] with { Entry = entries[i].Entry with { Facts = entries[i].Entry.Facts with { Flags = [.. entries[i].Entry.Facts.Flags, $"duplicate_of:{file}"] } } };
            }
        }
        store.WithConnection(connection =>
        {
            using var tx = connection.BeginTransaction();
            foreach (var (entry, _) in entries)
            {
                using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = """
                    INSERT INTO document_facts(sha256, type, issuer, doc_number, title, addressee, date, printed_date, attachments_json, issuer_region, flags_json, as_read_json)
                    VALUES ($s, $t, $i, $n, $ti, $a, $d, $p, $att, $r, $f, $raw)
                    ON CONFLICT(sha256) DO UPDATE SET type=$t, issuer=$i, doc_number=$n, title=$ti, addressee=$a, date=$d, printed_date=$p,
                        attachments_json=$att, issuer_region=$r, flags_json=$f, as_read_json=$raw
                    """;
                var f = entry.Facts;
                cmd.Bind("$s", entry.Sha256);
                cmd.Bind("$t", f.Type);
                cmd.Bind("$i", f.Issuer);
                cmd.Bind("$n", f.DocNumber);
                cmd.Bind("$ti", f.Title);
                cmd.Bind("$a", f.Addressee);
                cmd.Bind("$d", f.Date?.ToString("yyyy-MM-dd"));
                cmd.Bind("$p", f.PrintedDate?.ToString("yyyy-MM-dd"));
                cmd.Bind("$att", JsonSerializer.Serialize(f.Attachments));
                cmd.Bind("$r", f.IssuerRegion);
                cmd.Bind("$f", JsonSerializer.Serialize(f.Flags));
                cmd.Bind("$raw", f.AsRead is null ? null : JsonSerializer.Serialize(f.AsRead));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            return 0;
        });
        return entries.Select(e => e.Entry).ToList();
    }
}
