using Extraction.Matching;
using Extraction.Pipelines;
using Extraction.Tests.Index;
using Extraction.Understand;
using Extraction.Understand.Profiles;
using Xunit.Abstractions;

namespace Extraction.Tests.Evaluation;

/// <summary>Scores the product against the labelled evaluation set (corpus/truth.json) and fails below the floors the
/// assessment issue sets: clause points, missing-material flags, document types and the 公文 header fields.</summary>
public class EvaluationTests(SearchFixture fixture, ITestOutputHelper output) : IClassFixture<SearchFixture>
{
    static readonly PipelineDefinition Hubei = PipelineDefinition.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019"));
    readonly Truth truth = Truth.Load();

    List<DocumentFactsStore.Entry> Facts() => new DocumentFactsStore(fixture.Store).Update(new DocumentUnderstanding(Hubei));

    Dictionary<string, RegionAssessment> Assess()
    {
        var documents = Facts().Select(f => new RegionDocument(f.File, f.Sha256, Hubei.RegionForFolder(f.Region ?? "") ?? f.Region, f.Facts,
            fixture.Store.Pages(f.Sha256).Select(p => (p.Number, p.Text, p.Confidence)).ToList())).ToList();
        var assessor = new Assessor(fixture.Rulebook, fixture.Analyzer, null, OutletLevels.From(Hubei));
        return truth.Regions.ToDictionary(r => r, r => assessor.Assess(r, documents.Where(d => d.Region == r).ToList()));
    }

    [Fact]
    public void SuggestedPointsAreExactlyRightOnNineInTenDecidableClauses()
    {
        var assessments = Assess();
        int right = 0, total = 0;
        foreach (var region in truth.Regions)
            foreach (var s in assessments[region].Clauses)
            {
                var key = $"{s.Indicator}({s.Clause})";
                if (truth.Review.Contains(key)) continue;
                total++;
                decimal expected = truth.ExpectedPoints(region, key);
                if (s.Status != Suggestion.NeedsReview && s.SuggestedPoints == expected) right++;
                else output.WriteLine($"{region} {key}: 建议 {s.SuggestedPoints}（{s.Status}），应为 {expected}；{s.Reason}");
            }
        double accuracy = right / (double)total;
        output.WriteLine($"clause points exact: {right}/{total} = {accuracy:P1}");
        Assert.True(total >= 3 * 80, $"only {total} decidable clauses scored");
        Assert.True(accuracy >= 0.90, $"clause points exact {accuracy:P1} < 90%");
    }

    [Fact]
    public void MissingMaterialFlagsHaveNinetyPercentPrecisionAndRecall()
    {
        // A clause below its maximum lacks the materials the notice asks for (seed000-clauses.tsv); the kinds the product
        // infers for clauses that name no material are not labelled there and are scored by the shortfall test below.
        var assessments = Assess();
        var flagged = new HashSet<string>();
        var expected = new HashSet<string>();
        foreach (var region in truth.Regions)
            foreach (var s in assessments[region].Clauses)
            {
                var key = $"{s.Indicator}({s.Clause})";
                if (truth.Review.Contains(key)) continue;
                flagged.UnionWith(s.Missing.Where(truth.Materials[key].Contains).Select(m => $"{region} {key} {m}"));
                expected.UnionWith(truth.ExpectedMissing(region, key, s.MaxPoints).Select(m => $"{region} {key} {m}"));
            }
        int hits = flagged.Intersect(expected).Count();
        double precision = hits / (double)flagged.Count, recall = hits / (double)expected.Count;
        foreach (var wrong in flagged.Except(expected)) output.WriteLine($"flagged but present: {wrong}");
        foreach (var miss in expected.Except(flagged)) output.WriteLine($"missing but not flagged: {miss}");
        output.WriteLine($"missing-material flags: {hits} right of {flagged.Count} flagged, {expected.Count} expected; precision {precision:P1}, recall {recall:P1}");
        Assert.True(expected.Count >= 50, $"only {expected.Count} expected flags");
        Assert.True(precision >= 0.90 && recall >= 0.90, $"precision {precision:P1}, recall {recall:P1}");
    }

    [Fact]
    public void EveryClauseBelowItsMaximumNamesWhatIsMissing()
    {
        // The issue's measure: a decidable clause short of its maximum has a non-empty missing list and a kind + subject
        // sentence; one at its maximum has neither.
        var assessments = Assess();
        int flagged = 0, expected = 0, hits = 0, silent = 0;
        foreach (var region in truth.Regions)
            foreach (var s in assessments[region].Clauses)
            {
                var key = $"{s.Indicator}({s.Clause})";
                if (truth.Review.Contains(key)) continue;
                bool isFlagged = s.Missing.Count > 0, isShort = truth.ExpectedPoints(region, key) < s.MaxPoints;
                flagged += isFlagged ? 1 : 0;
                expected += isShort ? 1 : 0;
                hits += isFlagged && isShort ? 1 : 0;
                if (isFlagged != isShort) output.WriteLine($"{region} {key}: {(isFlagged ? "flagged, at its maximum" : "short, not flagged")}；{s.Reason}");
                if (s.Status != Suggestion.NeedsReview && s.SuggestedPoints < s.MaxPoints && (s.Missing.Count == 0 || s.Shortfalls.Count == 0)) silent++;
            }
        double precision = hits / (double)flagged, recall = hits / (double)expected;
        output.WriteLine($"shortfall flags: {hits} right of {flagged} flagged, {expected} expected; precision {precision:P1}, recall {recall:P1}; silent clauses below max: {silent}");
        Assert.Equal(0, silent);
        Assert.True(precision >= 0.90 && recall >= 0.90, $"precision {precision:P1}, recall {recall:P1}");
    }

    [Fact]
    public void DocumentTypesHeaderFieldsAndFlagsMeetTheFloors()
    {
        var facts = Facts().ToDictionary(f => f.File);
        var failed = fixture.Store.Arrivals().Where(a => a.Status == "failed").Select(a => a.File).ToHashSet();
        int types = 0, typed = 0, flagsRight = 0;
        var fields = new Dictionary<(string Field, bool Scan), (int Right, int Total)>();
        foreach (var (file, expected) in truth.Documents)
        {
            if (expected.Status == "failed") { Assert.Contains(file, failed); continue; }
            Assert.True(facts.TryGetValue(file, out var entry), $"{file} was not understood");
            var f = entry!.Facts;
            typed++;
            if (f.Type == expected.Type) types++; else output.WriteLine($"{file}: type {f.Type}, expected {expected.Type}");
            Score("发文机关", expected.Scan, f.Issuer, expected.Issuer, file);
            Score("发文字号", expected.Scan, f.DocNumber, expected.DocNumber, file);
            Score("成文日期", expected.Scan, f.Date?.ToString("yyyy-MM-dd"), expected.Date, file);
            var kinds = f.Flags.Select(x => x.StartsWith("duplicate_of:") ? "duplicate" : x).Order().ToList();
            if (kinds.SequenceEqual(expected.Flags.Order())) flagsRight++; else output.WriteLine($"{file}: flags [{string.Join(",", kinds)}], expected [{string.Join(",", expected.Flags)}]");
        }

        void Score(string field, bool scan, string? actual, string? wanted, string file)
        {
            var (right, total) = fields.GetValueOrDefault((field, scan));
            bool ok = actual == wanted;
            if (!ok) output.WriteLine($"{file}: {field} “{actual}”, expected “{wanted}”");
            fields[(field, scan)] = (right + (ok ? 1 : 0), total + 1);
        }

        output.WriteLine($"document type: {types}/{typed}; flags: {flagsRight}/{typed}");
        foreach (var ((field, scan), (right, total)) in fields.OrderBy(x => x.Key.Scan).ThenBy(x => x.Key.Field))
            output.WriteLine($"{field} ({(scan ? "scans" : "text")}): {right}/{total} = {right / (double)total:P1}");
        Assert.True(types >= 0.95 * typed, $"document type {types}/{typed}");
        foreach (var ((field, scan), (right, total)) in fields)
            Assert.True(right >= (scan ? 0.85 : 0.95) * total, $"{field} on {(scan ? "scans" : "text")}: {right}/{total}");
        Assert.True(flagsRight >= 0.95 * typed, $"flags {flagsRight}/{typed}");
    }
}
