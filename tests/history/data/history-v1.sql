-- A send history as version 1 of the app wrote it (schema 1), with one interrupted job.
CREATE TABLE jobs (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, organization_id TEXT NOT NULL, api_url TEXT NOT NULL DEFAULT '', message TEXT NOT NULL, group_ids TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, finished_at TEXT);
CREATE TABLE batches (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id), state TEXT NOT NULL, msisdns TEXT NOT NULL, attempt INTEGER NOT NULL DEFAULT 1, sent_at TEXT, finished_at TEXT, reason TEXT);
CREATE TABLE invitations (id TEXT PRIMARY KEY, msisdn TEXT NOT NULL, name TEXT, status TEXT NOT NULL, created_at TEXT, message TEXT, batch_id INTEGER, job_id INTEGER);
INSERT INTO jobs VALUES (1, '2026-10-01T08:00:00.000Z', '5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47', 'https://api.accessy.se', 'Welcome to the club', '', 'running', NULL);
INSERT INTO batches VALUES (1, 1, 'done', '+46701111111 +46702222222', 1, '2026-10-01T08:00:01.000Z', '2026-10-01T08:00:02.000Z', NULL);
INSERT INTO batches VALUES (2, 1, 'in_flight', '+46703333333', 1, '2026-10-01T08:00:03.000Z', NULL, NULL);
INSERT INTO invitations VALUES ('11111111-aaaa-4bbb-8ccc-000000000001', '+46701111111', 'Anna', 'PENDING', '2026-10-01T08:00:01.500Z', 'Welcome to the club', 1, 1);
INSERT INTO invitations VALUES ('11111111-aaaa-4bbb-8ccc-000000000002', '+46702222222', 'Bo', 'ACCEPTED', '2026-10-01T08:00:01.500Z', 'Welcome to the club', 1, 1);
PRAGMA user_version = 1;
