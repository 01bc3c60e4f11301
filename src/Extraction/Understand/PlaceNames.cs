using Extraction.Pipelines;

namespace Extraction.Understand;

/// <summary>The places a pipeline knows — its regions and their counties — each with the region it belongs to.</summary>
public sealed class PlaceNames
{
    public sealed record Place(string Name, string Region, bool IsRegion);

    public IReadOnlyList<Place> All { get; }

    public PlaceNames(PipelineDefinition? pipeline)
    {
        var places = new List<Place>();
        foreach (var region in pipeline?.Regions ?? [])
        {
            places.Add(new Place(region.Name, region.Name, true));
            // A region's full name (恩施土家族苗族自治州) is a place an issuer is spelled with; its short forms (恩施) are not.
            places.AddRange(region.Aliases.Where(a => a.Length >= 4).Select(a => new Place(a, region.Name, true)));
            places.AddRange(region.Counties.Select(c => new Place(c, region.Name, false)));
        }
        // Longer names first: 恩施市 (a county) must not be read as the region 恩施州's alias 恩施.
        All = places.OrderByDescending(p => p.Name.Length).ToList();
    }

    /// <summary>The region an organ's name starts with, by a region's name, one of its aliases or a county (枣阳市… → 襄阳市).</summary>
    public string? RegionOf(string name, PipelineDefinition? pipeline)
    {
        if (name.StartsWith("中共")) name = name[2..];
        var place = All.FirstOrDefault(p => name.StartsWith(p.Name));
        if (place is not null) return place.Region;
        return pipeline?.Regions.FirstOrDefault(r => r.Aliases.Any(a => name.StartsWith(a)))?.Name;
    }
}
