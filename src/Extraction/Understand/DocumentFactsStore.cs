using System.Security.Cryptography;
using System.Text.Json;
using Extraction.Store;

namespace Extraction.Understand;

/// <summary>Runs understanding over the readable documents of the store and keeps the facts, from stored text only. Given
/// the version of the understanding (<see cref="VersionFor"/>), only documents not yet understood by it are read, so a new
/// file costs the same whatever the store holds; without one, every document is read again.</summary>
public sealed class DocumentFactsStore(EvidenceStore store)
{
    public sealed record Entry(string Sha256, string File, string? Region, DocumentFacts Facts);

    /// <summary>What understanding depends on: this build of the code, and the pipeline's definition and rulebook.</summary>
    public static string VersionFor(string pipelineDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(DocumentFactsStore).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in new[] { "pipeline.json", Rulebooks.RulebookFile.FileName }.Select(f => Path.Combine(pipelineDirectory, f)).Where(File.Exists))
            hash.AppendData(File.ReadAllBytes(file));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    public List<Entry> Update(DocumentUnderstanding understanding, string? version = null)
    {
        var documents = store.Documents.Readable();
        var stored = version is null ? [] : store.Facts.All().Where(f => f.UnderstoodWith == version).ToDictionary(f => f.Sha256);
        var fresh = documents.Where(d => !stored.ContainsKey(d.Sha256)).Select(d => (Document: d, Pages: store.Pages(d.Sha256).Select(p => p.Text).ToList())).ToList();
        var freshPages = fresh.ToDictionary(f => f.Document.Sha256, f => f.Pages);
        var facts = new Dictionary<string, DocumentFacts>();
        // Text layers first: the issuers they spell out mend the ones OCR misread; those understood before count as well.
        foreach (var d in documents.Where(d => !d.Ocr))
            facts[d.Sha256] = stored.TryGetValue(d.Sha256, out var s) ? Read(s) : understanding.Understand(freshPages[d.Sha256], d.Region);
        var known = new KnownHeaders(facts.Values.Select(f => f.Issuer).OfType<string>().ToHashSet(),
            facts.Values.Where(f => f.DocNumber is not null).GroupBy(f => DocumentNumber.Agency(f.DocNumber!)).ToDictionary(g => g.Key, g => g.First().IssuerRegion));
        foreach (var (d, pages) in fresh.Where(f => f.Document.Ocr)) facts[d.Sha256] = understanding.Understand(pages, d.Region, known);
        foreach (var d in documents.Where(d => d.Ocr && stored.ContainsKey(d.Sha256))) facts[d.Sha256] = Read(stored[d.Sha256]);
        var entries = documents.Select(d => new Entry(d.Sha256, d.File, d.Region, facts[d.Sha256])).ToList();

        // A near-duplicate counts once, and only within one region's folder. A document is only ever the copy of an earlier
        // one, so only the new documents' flags can change; each is looked up in its region's index of originals, never
        // compared with the whole region, and the documents being read again leave the index first.
        var isFresh = fresh.Select(f => f.Document.Sha256).ToHashSet();
        var rank = documents.Select((d, i) => (d.Sha256, i)).ToDictionary(d => d.Sha256, d => d.i);
        var bySha = entries.ToDictionary(e => e.Sha256);
        store.NearDuplicates.Forget([.. isFresh]);
        var batch = new NearDuplicateBatch(store.NearDuplicates, s => rank.TryGetValue(s, out var r) ? r : null);
        foreach (var (d, pages) in fresh.OrderBy(f => rank[f.Document.Sha256]))
        {
            if (batch.OriginalOf(d.Sha256, d.Region, string.Join("\n", pages)) is not { } original) continue;
            int i = rank[d.Sha256];
            entries[i] = entries[i] with { Facts = entries[i].Facts with { Flags = [.. entries[i].Facts.Flags, $"duplicate_of:{bySha[original].File}"] } };
        }
        batch.Save();
        if (fresh.Count > 0) store.Facts.Save(entries.Where(e => isFresh.Contains(e.Sha256)).Select(e => Stored(e, version)).ToList());
        return entries;
    }

    /// <summary>The facts as last stored, without reading anything again: what the review pages show between the worker's updates.</summary>
    public List<Entry> Stored()
    {
        var stored = store.Facts.All().ToDictionary(f => f.Sha256);
        return store.Documents.Readable().Where(d => stored.ContainsKey(d.Sha256)).Select(d => new Entry(d.Sha256, d.File, d.Region, Read(stored[d.Sha256]))).ToList();
    }

    static StoredFacts Stored(Entry entry, string? version)
    {
        var f = entry.Facts;
        return new StoredFacts(entry.Sha256, f.Type, f.Issuer, f.DocNumber, f.Title, f.Addressee, f.Date?.ToString("yyyy-MM-dd"), f.PrintedDate?.ToString("yyyy-MM-dd"),
            JsonSerializer.Serialize(f.Attachments), f.IssuerRegion, JsonSerializer.Serialize(f.Flags), f.AsRead is null ? null : JsonSerializer.Serialize(f.AsRead), version);
    }

    static DocumentFacts Read(StoredFacts s) =>
        new(s.Type, s.Issuer, s.DocNumber, s.Title, s.Addressee, Date(s.Date), Date(s.PrintedDate), JsonSerializer.Deserialize<List<string>>(s.AttachmentsJson) ?? [], s.IssuerRegion)
        {
            Flags = JsonSerializer.Deserialize<List<string>>(s.FlagsJson) ?? [],
            AsRead = s.AsReadJson is null ? null : JsonSerializer.Deserialize<RawHeader>(s.AsReadJson),
        };

    static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd");
}
