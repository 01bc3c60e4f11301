namespace Extraction.Store;

/// <summary>The document_facts table, in SQL both engines speak.</summary>
internal sealed class FactTable(Database db) : IFactStore
{
    public List<StoredFacts> All() =>
        db.Query("""
            SELECT sha256, type, issuer, doc_number, title, addressee, date, printed_date, attachments_json, issuer_region, flags_json, as_read_json, understood_with
            FROM document_facts
            """, r => new StoredFacts(r.GetString(0), r.GetString(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6), r.Text(7), r.GetString(8),
                r.Text(9), r.GetString(10), r.Text(11), r.Text(12)));

    public void Save(IReadOnlyList<StoredFacts> facts) => db.InTransaction((c, tx) =>
    {
        foreach (var f in facts)
            c.Execute(tx, """
                INSERT INTO document_facts(sha256, type, issuer, doc_number, title, addressee, date, printed_date, attachments_json, issuer_region, flags_json, as_read_json, understood_with)
                VALUES (@s, @t, @i, @n, @ti, @a, @d, @p, @att, @r, @f, @raw, @w)
                ON CONFLICT(sha256) DO UPDATE SET type=@t, issuer=@i, doc_number=@n, title=@ti, addressee=@a, date=@d, printed_date=@p,
                    attachments_json=@att, issuer_region=@r, flags_json=@f, as_read_json=@raw, understood_with=@w
                """, ("@s", f.Sha256), ("@t", f.Type), ("@i", f.Issuer), ("@n", f.DocNumber), ("@ti", f.Title), ("@a", f.Addressee), ("@d", f.Date),
                ("@p", f.PrintedDate), ("@att", f.AttachmentsJson), ("@r", f.IssuerRegion), ("@f", f.FlagsJson), ("@raw", f.AsReadJson), ("@w", f.UnderstoodWith));
    });
}
