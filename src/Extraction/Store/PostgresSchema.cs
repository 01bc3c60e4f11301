namespace Extraction.Store;

/// <summary>The server store's schema as forward migrations; table store_schema holds which have run. The tables are
/// SQLite's (same names, columns and text timestamps), with the page index as a tsvector under a GIN index.
/// Never edit a released step: add the next one.</summary>
internal static class PostgresSchema
{
    public static readonly string[] Migrations =
    [
        // 1: the store as SQLite's sixth version, in one step.
        """
        CREATE TABLE runs (
            id bigserial PRIMARY KEY, command text NOT NULL, started_at text NOT NULL, finished_at text,
            files integer NOT NULL DEFAULT 0, ingested integer NOT NULL DEFAULT 0, duplicates integer NOT NULL DEFAULT 0, failed integer NOT NULL DEFAULT 0);
        CREATE TABLE documents (
            sha256 text PRIMARY KEY, size bigint NOT NULL, format text, status text NOT NULL, error text,
            region text, archive_path text NOT NULL, page_count integer NOT NULL DEFAULT 0,
            run_id bigint REFERENCES runs(id), created_at text NOT NULL, updated_at text NOT NULL);
        CREATE TABLE arrivals (
            id bigserial PRIMARY KEY, sha256 text REFERENCES documents(sha256), path text NOT NULL, relative_path text NOT NULL,
            region text, status text NOT NULL, error text, run_id bigint REFERENCES runs(id), arrived_at text NOT NULL);
        CREATE INDEX arrivals_sha256 ON arrivals(sha256);
        CREATE TABLE pages (
            id bigserial PRIMARY KEY, sha256 text NOT NULL REFERENCES documents(sha256), number integer NOT NULL, source text NOT NULL,
            confidence double precision, text text NOT NULL, raw_text text NOT NULL, chars integer NOT NULL,
            UNIQUE (sha256, number));
        CREATE TABLE tables (
            sha256 text NOT NULL REFERENCES documents(sha256), ordinal integer NOT NULL, page integer NOT NULL, rows_json text NOT NULL,
            PRIMARY KEY (sha256, ordinal));
        CREATE TABLE page_index (page_id bigint PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE, lexicon text NOT NULL, tokens tsvector NOT NULL);
        CREATE INDEX page_index_tokens ON page_index USING gin (tokens);
        CREATE TABLE document_facts (
            sha256 text PRIMARY KEY REFERENCES documents(sha256), type text NOT NULL, issuer text, doc_number text, title text,
            addressee text, date text, printed_date text, attachments_json text NOT NULL, issuer_region text, flags_json text NOT NULL,
            as_read_json text, understood_with text);
        CREATE TABLE jobs (
            id bigserial PRIMARY KEY, relative_path text NOT NULL, region text, sha256 text, size bigint NOT NULL, modified text NOT NULL,
            state text NOT NULL, error text, outcome_path text, created_at text NOT NULL, updated_at text NOT NULL, finished_at text,
            lease_owner text, lease_until text);
        CREATE UNIQUE INDEX jobs_open ON jobs(relative_path) WHERE finished_at IS NULL;
        CREATE INDEX jobs_finished ON jobs(finished_at);
        CREATE INDEX jobs_sha256 ON jobs(sha256);
        CREATE TABLE assessments (region text PRIMARY KEY, json text NOT NULL, updated_at text NOT NULL);
        """,
            // 2: the review — local accounts, and the append-only log of every reviewer's decision and every region's lock.
        """
        CREATE TABLE accounts (
            name text PRIMARY KEY, password_hash text NOT NULL, role text NOT NULL, regions_json text NOT NULL,
            failed_sign_ins integer NOT NULL DEFAULT 0, locked_until text, created_at text NOT NULL);
        CREATE TABLE review_log (
            id bigserial PRIMARY KEY, at text NOT NULL, account text NOT NULL, kind text NOT NULL, region text NOT NULL,
            indicator integer, clause integer, suggested text, before text, after text, reason text NOT NULL);
        CREATE INDEX review_log_region ON review_log(region, id);
        CREATE FUNCTION review_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'review_log is append-only'; END $$;
        CREATE TRIGGER review_log_no_change BEFORE UPDATE OR DELETE ON review_log FOR EACH ROW EXECUTE FUNCTION review_log_append_only();
        CREATE TRIGGER review_log_no_truncate BEFORE TRUNCATE ON review_log FOR EACH STATEMENT EXECUTE FUNCTION review_log_append_only();
        """,
            // 3: suggestions per clause in rows of their own, beside each region's totals.
        """
        CREATE TABLE clause_suggestions (
            region text NOT NULL, indicator integer NOT NULL, clause integer NOT NULL, max_points text NOT NULL, suggested_points text NOT NULL,
            status text NOT NULL, reason text NOT NULL, confidence double precision NOT NULL, evidence_json text NOT NULL, missing_json text NOT NULL,
            shortfalls_json text NOT NULL, explanations_json text NOT NULL, PRIMARY KEY (region, indicator, clause));
        """,
        // 4: re-assessing a region is a job of its own — one open row per region, claimed under a lease, run once the region's files stop arriving.
        """
        CREATE TABLE reassess_jobs (
            id bigserial PRIMARY KEY, region text NOT NULL, requests integer NOT NULL, not_before text NOT NULL, latest text NOT NULL,
            created_at text NOT NULL, updated_at text NOT NULL, finished_at text, lease_owner text, lease_until text, error text);
        CREATE UNIQUE INDEX reassess_jobs_open ON reassess_jobs(region) WHERE finished_at IS NULL;
        CREATE INDEX reassess_jobs_due ON reassess_jobs(not_before) WHERE finished_at IS NULL;
        """,
        // 5: near-duplicates found through each region's originals' shingles; facts are read again once so the index fills.
        """
        CREATE TABLE shingle_documents (sha256 text PRIMARY KEY REFERENCES documents(sha256), region text NOT NULL, shingles integer NOT NULL);
        CREATE TABLE shingles (
            region text NOT NULL, hash integer NOT NULL, sha256 text NOT NULL,
            PRIMARY KEY (region, hash, sha256));
        CREATE INDEX shingles_document ON shingles(sha256, hash);
        CREATE TABLE shingle_frequency (region text NOT NULL, hash integer NOT NULL, documents integer NOT NULL, PRIMARY KEY (region, hash));
        UPDATE document_facts SET understood_with = NULL;
        """,
    ];
}
