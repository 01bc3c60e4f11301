using System.Security;

namespace Extraction.Reports.Documents;

/// <summary>LibreOffice's font replacement table for a fresh profile: where a GB/T 9704 face is not installed (as on a
/// server), it prints in the Noto CJK face of the same kind — serif for 宋/仿宋/楷, sans for 黑体 — instead of whatever
/// face fontconfig finds first. LibreOffice counts any face fontconfig can stand in as present, so a pair is written
/// only for a face missing from the installed families, and applied always.</summary>
public static class FontStandIns
{
    static readonly (string Face, string StandIn)[] Pairs =
    [
        (ReportFonts.Title, "Noto Serif CJK SC"), (ReportFonts.Body, "Noto Serif CJK SC"), (ReportFonts.Kai, "Noto Serif CJK SC"),
        (ReportFonts.Song, "Noto Serif CJK SC"), (ReportFonts.Hei, "Noto Sans CJK SC"),
    ];

    /// <param name="installed">The font families installed (fc-list), by name.</param>
    public static void Write(string profile, IReadOnlySet<string> installed)
    {
        var user = Directory.CreateDirectory(Path.Combine(profile, "user"));
        var pairs = string.Concat(Pairs.Where(p => !installed.Contains(p.Face) && installed.Contains(p.StandIn)).Select((p, i) => $"""
            <item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_{i}" oor:op="replace">
            <prop oor:name="Always" oor:op="fuse"><value>true</value></prop><prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>
            <prop oor:name="ReplaceFont" oor:op="fuse"><value>{SecurityElement.Escape(p.Face)}</value></prop>
            <prop oor:name="SubstituteFont" oor:op="fuse"><value>{SecurityElement.Escape(p.StandIn)}</value></prop></node></item>

            """));
        File.WriteAllText(Path.Combine(user.FullName, "registrymodifications.xcu"), $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>
            {pairs}</oor:items>
            """);
    }
}
