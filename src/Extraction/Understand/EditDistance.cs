namespace Extraction.Understand;

/// <summary>Characters OCR misread, counted position by position: a misread character replaces one, it does not shift the
/// rest (spaces OCR puts between characters are gone after normalization).</summary>
public static class EditDistance
{
    public static int Substitutions(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return int.MaxValue;
        int n = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    /// <summary>Whether <paramref name="read"/> is <paramref name="name"/> with one character more somewhere inside it.</summary>
    public static bool IsOneStray(ReadOnlySpan<char> read, ReadOnlySpan<char> name)
    {
        if (read.Length != name.Length + 1) return false;
        int i = 0;
        while (i < name.Length && read[i] == name[i]) i++;
        return i > 0 && read[(i + 1)..].SequenceEqual(name[i..]);
    }

    /// <summary>How many misread characters a name of this length may carry: one per <paramref name="perEdit"/> characters,
    /// at most <paramref name="max"/>.</summary>
    public static int Allowed(int length, int perEdit, int max) => Math.Min(max, length / Math.Max(1, perEdit));
}
