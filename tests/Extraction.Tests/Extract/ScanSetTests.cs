using System.Globalization;
using Extraction.Extract;

namespace Extraction.Tests.Extract;

/// <summary>The committed scan set (corpus/build-scans.sh) is what its manifest says: every file is there with its twin,
/// each PDF's images have the resolution the manifest gives, and the set spans the qualities OCR must handle.</summary>
public class ScanSetTests
{
    static readonly string Folder = Corpus.Path("scans");

    static List<string[]> Rows(string name) =>
        File.ReadAllLines(Path.Combine(Folder, name)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

    [Fact]
    public void EveryScanHasATwinAndTheSetSpansResolutionsQualitiesSkewAndKinds()
    {
        var rows = Rows("manifest.tsv");
        Assert.All(rows, r =>
        {
            Assert.True(File.Exists(Path.Combine(Folder, r[0])), r[0]);
            Assert.True(new FileInfo(Path.Combine(Folder, r[6])).Length > 100, r[6]);
        });
        Assert.Superset(new HashSet<string> { "prose", "red", "table", "photo", "low", "landscape-table" }, rows.Select(r => r[1]).ToHashSet());
        Assert.Superset(new HashSet<string> { "96", "150", "200", "300" }, rows.Select(r => r[2]).ToHashSet());
        var qualities = rows.Select(r => int.Parse(r[3], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal((30, 90), (qualities.Min(), qualities.Max()));
        var skews = rows.Where(r => r[5] != "perspective").Select(r => Math.Abs(double.Parse(r[5], CultureInfo.InvariantCulture))).ToList();
        Assert.InRange(skews.Max(), 2.5, 3.0);
        Assert.Equal(["colour", "gray"], rows.Select(r => r[4]).Distinct().Order());
    }

    [Fact]
    public async Task EachScannedPdfHoldsOneJpegPerTwinPageAtTheManifestsResolution()
    {
        foreach (var r in Rows("manifest.tsv").Where(r => r[0].EndsWith(".pdf")))
        {
            var list = await ExternalProcess.RunAsync("pdfimages", ["-list", Path.Combine(Folder, r[0])], TimeSpan.FromMinutes(1), default);
            var images = list.StandardOutput.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            int twinPages = File.ReadAllText(Path.Combine(Folder, r[6])).TrimEnd('\f').Split('\f').Length;
            Assert.True(twinPages == images.Count, $"{r[0]}: {images.Count} images, {twinPages} twin pages");
            Assert.All(images, i => Assert.Equal(("jpeg", r[2], r[4] == "gray" ? "gray" : "rgb"), (i[8], i[12], i[5])));
        }
    }

    [Fact]
    public void TheLabelledScansNameFilesOfTheSetWithAFullHeader()
    {
        var files = Rows("manifest.tsv").Select(r => r[0]).ToHashSet();
        var labels = Rows("truth.tsv");
        Assert.True(labels.Count >= 10);
        Assert.All(labels, l =>
        {
            Assert.Contains(l[0], files);
            Assert.Matches(@"〔2019〕\d+号$", l[1]);
            Assert.Equal(2019, DateOnly.ParseExact(l[2], "yyyy-MM-dd", CultureInfo.InvariantCulture).Year);
            Assert.True(l[3].Length >= 5, l[3]);
        });
    }
}
