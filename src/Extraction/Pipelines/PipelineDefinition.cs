using System.Text.Json;
using Extraction.Rulebooks;

namespace Extraction.Pipelines;

/// <summary>One assessment campaign: which notice holds its rulebook, the regions assessed (with the folder names
/// operators use for them), the year, the deadline and the weights. Lives in pipelines/&lt;name&gt;/pipeline.json.</summary>
public sealed record PipelineDefinition(
    string Name, string Title, string RulebookSource, int Year, DateOnly Deadline,
    IReadOnlyDictionary<string, int> Weights, IReadOnlyList<RegionDefinition> Regions)
{
    public const string FileName = "pipeline.json";

    /// <summary>The campaign's name as the office's forms head it (2019年度市州打击侵权假冒工作绩效考核); forms append their
    /// own name (评分表). Absent, the forms use <see cref="Title"/>.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The press outlets by level, so a report counts at its outlet's level; empty when the campaign lists none.</summary>
    public IReadOnlyList<OutletDefinition> Outlets { get; init; } = [];

    /// <summary>The province the office belongs to and its one-character 简称 (湖北省, 鄂), which its own agencies number
    /// their papers with (鄂打假办函); absent when the campaign does not say.</summary>
    public ProvinceDefinition? Province { get; init; }

    public static PipelineDefinition Load(string directory)
    {
        var file = Path.Combine(directory, FileName);
        try { return JsonSerializer.Deserialize<PipelineDefinition>(File.ReadAllText(file), RulebookFile.Json) ?? throw new JsonException("空文件"); }
        catch (JsonException e) { throw new InvalidDataException($"流水线定义 {file} 格式有误：{e.Message}", e); }
    }

    /// <summary>The definition in the folder, or null when the folder has none.</summary>
    public static PipelineDefinition? LoadIfPresent(string directory) =>
        File.Exists(Path.Combine(directory, FileName)) ? Load(directory) : null;

    /// <summary>The region a folder name stands for, by its name or one of its aliases; null when none matches.</summary>
    public string? RegionForFolder(string folder) =>
        Regions.FirstOrDefault(r => r.Name == folder || r.Aliases.Contains(folder))?.Name;
}

/// <summary>A region assessed, and the other names its folder may go by.</summary>
public sealed record RegionDefinition(string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>Its counties, districts and county-level cities: an issuer may be one of them, and OCR mends to them.</summary>
    public IReadOnlyList<string> Counties { get; init; } = [];
}

/// <summary>A province by its name and 简称.</summary>
public sealed record ProvinceDefinition(string Name, string Abbreviation);

/// <summary>The press outlets of one level (中央, 省级 …), highest level first in the pipeline's list.</summary>
public sealed record OutletDefinition(string Level, IReadOnlyList<string> Names);
