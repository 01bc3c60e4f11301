namespace Extraction.Store;

/// <summary>The store's schema as forward migrations; PRAGMA user_version holds how many have run.
/// Never edit a released step: add the next one.</summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        // 1: the first release — documents by content, their arrivals, pages, tables and the runs that made them.
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY, command TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
            files INTEGER NOT NULL DEFAULT 0, ingested INTEGER NOT NULL DEFAULT 0, duplicates INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE documents (
            sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, format TEXT, status TEXT NOT NULL, error TEXT,
            region TEXT, archive_path TEXT NOT NULL, page_count INTEGER NOT NULL DEFAULT 0,
            run_id INTEGER REFERENCES runs(id), created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE arrivals (
            id INTEGER PRIMARY KEY, sha256 TEXT REFERENCES documents(sha256), path TEXT NOT NULL, relative_path TEXT NOT NULL,
            region TEXT, status TEXT NOT NULL, error TEXT, run_id INTEGER REFERENCES runs(id), arrived_at TEXT NOT NULL);
        CREATE INDEX arrivals_sha256 ON arrivals(sha256);
        CREATE TABLE pages (
            sha256 TEXT NOT NULL REFERENCES documents(sha256), number INTEGER NOT NULL, source TEXT NOT NULL,
            confidence REAL, text TEXT NOT NULL, raw_text TEXT NOT NULL, chars INTEGER NOT NULL,
            PRIMARY KEY (sha256, number));
        CREATE TABLE tables (
            sha256 TEXT NOT NULL REFERENCES documents(sha256), ordinal INTEGER NOT NULL, page INTEGER NOT NULL, rows_json TEXT NOT NULL,
            PRIMARY KEY (sha256, ordinal));
        """,
        // 2: the search index — analyzed words and Han bigrams of every page, and which lexicon analyzed each page.
        """
        CREATE VIRTUAL TABLE page_index USING fts5(words, bigrams, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
        CREATE TABLE index_state (page_rowid INTEGER PRIMARY KEY, lexicon TEXT NOT NULL);
        """,
        // 3: what each document is — type, 公文 header, the region of its issuer, and the flags that keep it from counting.
        """
        CREATE TABLE document_facts (
            sha256 TEXT PRIMARY KEY REFERENCES documents(sha256), type TEXT NOT NULL, issuer TEXT, doc_number TEXT, title TEXT,
            addressee TEXT, date TEXT, printed_date TEXT, attachments_json TEXT NOT NULL, issuer_region TEXT, flags_json TEXT NOT NULL);
        """,
        // 4: the worker — one durable job per file dropped into the inbox, and each region's latest assessment.
        """
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY, relative_path TEXT NOT NULL, region TEXT, sha256 TEXT, size INTEGER NOT NULL, modified TEXT NOT NULL,
            state TEXT NOT NULL, error TEXT, outcome_path TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, finished_at TEXT);
        CREATE INDEX jobs_open ON jobs(relative_path) WHERE finished_at IS NULL;
        CREATE INDEX jobs_finished ON jobs(finished_at);
        CREATE TABLE assessments (region TEXT PRIMARY KEY, json TEXT NOT NULL, updated_at TEXT NOT NULL);
        """,
        // 5: a document's header as the text gave it, where traditional characters or OCR mending changed what was read.
        """
        ALTER TABLE document_facts ADD COLUMN as_read_json TEXT;
        """,
        // 6: several workers — a job is claimed under a lease, one open job per inbox path; facts say what understood them.
        """
        ALTER TABLE jobs ADD COLUMN lease_owner TEXT;
        ALTER TABLE jobs ADD COLUMN lease_until TEXT;
        UPDATE jobs SET finished_at = updated_at WHERE finished_at IS NULL
            AND id NOT IN (SELECT max(id) FROM jobs WHERE finished_at IS NULL GROUP BY relative_path);
        DROP INDEX jobs_open;
        CREATE UNIQUE INDEX jobs_open ON jobs(relative_path) WHERE finished_at IS NULL;
        CREATE INDEX jobs_sha256 ON jobs(sha256);
        ALTER TABLE document_facts ADD COLUMN understood_with TEXT;
        """,
            // 7: the review — local accounts, and the append-only log of every reviewer's decision and every region's lock.
        """
        CREATE TABLE accounts (
            name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, regions_json TEXT NOT NULL,
            failed_sign_ins INTEGER NOT NULL DEFAULT 0, locked_until TEXT, created_at TEXT NOT NULL);
        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, account TEXT NOT NULL, kind TEXT NOT NULL, region TEXT NOT NULL,
            indicator INTEGER, clause INTEGER, suggested TEXT, before TEXT, after TEXT, reason TEXT NOT NULL);
        CREATE INDEX review_log_region ON review_log(region, id);
        CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
        CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
        """,
            // 8: suggestions per clause in rows of their own, beside each region's totals, for the worker, the commands and the pages alike.
        """
        CREATE TABLE clause_suggestions (
            region TEXT NOT NULL, indicator INTEGER NOT NULL, clause INTEGER NOT NULL, max_points TEXT NOT NULL, suggested_points TEXT NOT NULL,
            status TEXT NOT NULL, reason TEXT NOT NULL, confidence REAL NOT NULL, evidence_json TEXT NOT NULL, missing_json TEXT NOT NULL,
            shortfalls_json TEXT NOT NULL, explanations_json TEXT NOT NULL, PRIMARY KEY (region, indicator, clause));
        """,
        // 9: re-assessing a region is a job of its own — one open row per region, claimed under a lease, run once the region's files stop arriving.
        """
        CREATE TABLE reassess_jobs (
            id INTEGER PRIMARY KEY, region TEXT NOT NULL, requests INTEGER NOT NULL, not_before TEXT NOT NULL, latest TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, finished_at TEXT, lease_owner TEXT, lease_until TEXT, error TEXT);
        CREATE UNIQUE INDEX reassess_jobs_open ON reassess_jobs(region) WHERE finished_at IS NULL;
        CREATE INDEX reassess_jobs_due ON reassess_jobs(not_before) WHERE finished_at IS NULL;
        """,
        // 10: near-duplicates found through each region's originals' shingles; facts are read again once so the index fills.
        """
        CREATE TABLE shingle_documents (sha256 TEXT PRIMARY KEY REFERENCES documents(sha256), region TEXT NOT NULL, shingles INTEGER NOT NULL);
        CREATE TABLE shingles (
            region TEXT NOT NULL, hash INTEGER NOT NULL, sha256 TEXT NOT NULL,
            PRIMARY KEY (region, hash, sha256)) WITHOUT ROWID;
        CREATE INDEX shingles_document ON shingles(sha256, hash);
        CREATE TABLE shingle_frequency (region TEXT NOT NULL, hash INTEGER NOT NULL, documents INTEGER NOT NULL, PRIMARY KEY (region, hash)) WITHOUT ROWID;
        UPDATE document_facts SET understood_with = NULL;
        """,
    ];
}
