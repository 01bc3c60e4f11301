using Extraction.Pipelines;

namespace Extraction.Understand;

/// <summary>Mends the header of an OCR'd page against what the pipeline and the text layers know: the place an issuer
/// starts with (训阳市 → 襄阳市), the organ it ends with (…办公宇 → …办公室), a whole issuer a text layer spells out, and
/// the agency of its 发文字号. A name is mended only to a single nearest reading within the threshold; otherwise it stays
/// as read.</summary>
public sealed class HeaderMender(PipelineDefinition? pipeline, PlaceNames places, UnderstandingOptions options)
{
    public HeaderReader.Header Mend(HeaderReader.Header header, string documentText, string? folderRegion, KnownHeaders known)
    {
        var folder = folderRegion is null ? null : pipeline?.RegionForFolder(folderRegion) ?? folderRegion;
        var issuer = header.Issuer is { } i ? MendIssuer(i, documentText, folder, known) : SignatureOf(header.UnreadSignature, documentText, folder);
        var region = issuer is null ? folder : places.RegionOf(issuer, pipeline) ?? folder;
        var number = header.DocNumber is { } n ? MendInitial(MendNumber(MendLetterKind(n, known), region, known), issuer, known) : null;
        var title = header.Title is { } t ? MendPlace(t, documentText, folder) : null;
        var date = MendYear(header.Date, number);
        var dateAsRead = date == header.Date ? header.DateAsRead : header.DateAsRead ?? $"{header.Date:yyyy年M月d日}";
        return header with { Issuer = issuer, DocNumber = number, Title = title, Date = date, DateAsRead = dateAsRead };
    }

    // A document is numbered in the year it is signed: an OCR'd year one digit off its 发文字号's (2009 under 〔2019〕,
    // where the seal's ink turned the 1) is that year misread.
    static DateOnly? MendYear(DateOnly? date, string? number)
    {
        if (date is not { } d || number is null || DocumentNumber.YearOf(number) is not { } year || year == d.Year) return date;
        string read = d.Year.ToString(), own = year.ToString();
        bool oneDigitOff = read.Length == 4 && own.Length == 4 && Enumerable.Range(0, 4).Count(i => read[i] != own[i]) == 1;
        return oneDigitOff && Rulebooks.ChineseDate.TryMake(year, d.Month, d.Day) is { } mended ? mended : date;
    }

    public string MendIssuer(string issuer, string documentText, string? folder, KnownHeaders known)
    {
        if (known.Issuers.Contains(issuer)) return issuer;
        // A name that starts with a place the pipeline knows keeps it (宜城市 is a county, not a misread 宜昌市): only its organ is mended.
        if (places.All.Any(p => issuer.StartsWith(p.Name) || issuer.StartsWith("中共" + p.Name))) return MendOrgan(issuer);
        var whole = IssuerNames.Mend(issuer, known.Issuers, options);
        if (whole != issuer) return whole;
        return MendOrgan(MendPlace(issuer, documentText, folder));
    }

    // A line above the date that OCR kept from reading as an organ becomes the issuer once mended to one.
    // The line may carry the body's last words before the name (…另行发文草州市人民政府办公室): the longest tail that starts
    // with a place the pipeline knows, spelled out or within the threshold, is the name.
    string? SignatureOf(string? line, string documentText, string? folder)
    {
        if (line is null) return null;
        var mended = MendOrgan(MendPlace(line, documentText, folder));
        if (mended != line && IsOrgan(mended)) return mended;
        for (int k = 1; k + 4 <= line.Length; k++)
        {
            var tail = line[k..];
            if (!places.All.Any(p => tail.StartsWith(p.Name)) && MendPlace(tail, documentText, folder) == tail) continue;
            var organ = MendOrgan(MendPlace(tail, documentText, folder));
            return IsOrgan(organ) ? organ : null;
        }
        return null;
    }

    bool IsOrgan(string name) => options.OrganNames.Any(o => name.EndsWith(o, StringComparison.Ordinal));

    /// <summary>The place a name starts with, mended when no known place is spelled there exactly.</summary>
    public string MendPlace(string name, string documentText, string? folder)
    {
        var party = name.StartsWith("中共") ? "中共" : "";
        var rest = name[party.Length..];
        if (places.All.Any(p => rest.StartsWith(p.Name))) return name;
        // A misread character stands in for one of the name's, or OCR put a stray one inside it (恩施土家族苗族上自治州).
        var candidates = places.All.Where(p => p.Name.Length <= rest.Length)
            .Select(p => (Place: p, Distance: EditDistance.Substitutions(rest.AsSpan(0, p.Name.Length), p.Name), Read: p.Name.Length))
            .Where(x => x.Distance > 0 && x.Distance <= EditDistance.Allowed(x.Place.Name.Length, options.PlaceCharactersPerEdit, options.MaxEdits))
            .Concat(places.All.Where(p => p.Name.Length >= 4 && p.Name.Length < rest.Length && EditDistance.IsOneStray(rest.AsSpan(0, p.Name.Length + 1), p.Name))
                .Select(p => (Place: p, Distance: 1, Read: p.Name.Length + 1)))
            .ToList();
        if (candidates.Count == 0) return name;
        int best = candidates.Min(c => c.Distance);
        // Ties are broken by what the document spells elsewhere, then by the folder's region, then by the region itself
        // over one of its counties, then by the longer name (more of it read right); a tie that is still a tie stays as read.
        var ranked = candidates.Where(c => c.Distance == best)
            .Select(c => (c.Place, c.Read, Key: (Occurrences(documentText, c.Place.Name), c.Place.Region == folder ? 1 : 0, c.Place.IsRegion ? 1 : 0, c.Place.Name.Length)))
            .OrderByDescending(c => c.Key).ToList();
        if (ranked.Count > 1 && ranked[0].Key == ranked[1].Key) return name;
        return party + ranked[0].Place.Name + rest[ranked[0].Read..];
    }

    /// <summary>The organ a name ends with, mended when it is one misread character or two away from a known organ.</summary>
    public string MendOrgan(string name)
    {
        if (options.OrganNames.Any(o => name.EndsWith(o))) return name;
        var nearest = options.OrganNames.Where(o => o.Length < name.Length)
            .Select(o => (Organ: o, Distance: EditDistance.Substitutions(name.AsSpan(name.Length - o.Length), o)))
            .Where(x => x.Distance <= EditDistance.Allowed(x.Organ.Length, options.OrganCharactersPerEdit, options.MaxEdits))
            .OrderBy(x => x.Distance).ThenByDescending(x => x.Organ.Length).ToList();
        return nearest.Count == 0 ? name : name[..^nearest[0].Organ.Length] + nearest[0].Organ;
    }

    /// <summary>The agency of a 发文字号, mended to one the text layers use; of equally near ones, the one of the issuer's region.</summary>
    public string MendNumber(string number, string? region, KnownHeaders known)
    {
        var agency = DocumentNumber.Agency(number);
        if (known.NumberAgencies.ContainsKey(agency)) return number;
        var candidates = known.NumberAgencies
            .Select(k => (k.Key, k.Value, Distance: EditDistance.Substitutions(agency, k.Key)))
            .Where(x => x.Distance <= EditDistance.Allowed(x.Key.Length, options.OrganCharactersPerEdit, options.MaxEdits))
            // An issuer of a known region numbers its own papers: another region's agency is no reading of its number.
            .Where(x => region is null || x.Value is null || x.Value == region)
            .OrderBy(x => x.Distance).ThenByDescending(x => x.Value == region ? 1 : 0).ToList();
        if (candidates.Count == 0) return number;
        if (candidates.Count > 1 && candidates[1].Distance == candidates[0].Distance && (candidates[0].Value == region) == (candidates[1].Value == region))
            return number;
        return candidates[0].Key + number[agency.Length..];
    }

    /// <summary>The 函 that ends an agency (孝版函, 鄂打假办函) read as a character no agency ends with (孝版男): mended to 函.</summary>
    public string MendLetterKind(string number, KnownHeaders known)
    {
        var agency = DocumentNumber.Agency(number);
        return agency.Length >= 2 && !known.NumberAgencies.ContainsKey(agency) && options.LetterKindMisreads.Contains(agency[^1])
            ? agency[..^1] + "函" + number[agency.Length..] : number;
    }

    /// <summary>An agency starts with its place's first character (襄阳市版权局 numbers 襄版发…): when OCR misread that character
    /// into one no place starts with (衷版发, 训打假办发), it is the issuer's place's. A number the text layers spell stays.</summary>
    public string MendInitial(string number, string? issuer, KnownHeaders known)
    {
        var agency = DocumentNumber.Agency(number);
        if (issuer is null || agency.Length < 2 || known.NumberAgencies.ContainsKey(agency)) return number;
        var name = issuer.StartsWith("中共") ? issuer[2..] : issuer;
        // The province's own agencies number with its 简称 (湖北省… → 鄂), the regions' with their first character.
        char? initial = pipeline?.Province is { } province && name.StartsWith(province.Name) && province.Abbreviation.Length > 0 ? province.Abbreviation[0]
            : places.All.FirstOrDefault(p => name.StartsWith(p.Name))?.Name[0];
        if (initial is not { } first || agency[0] == first || places.All.Any(p => p.Name[0] == agency[0])) return number;
        return first + number[1..];
    }

    static int Occurrences(string text, string name)
    {
        int n = 0;
        for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
