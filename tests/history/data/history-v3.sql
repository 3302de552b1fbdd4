-- A send history as schema 3 wrote it: members were journaled as "already_invited" with the
-- reason saying so, in the language the app ran in (English, or Swedish for the second send).
CREATE TABLE jobs (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, organization_id TEXT NOT NULL, api_url TEXT NOT NULL DEFAULT '', message TEXT NOT NULL, group_ids TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, finished_at TEXT, reminder INTEGER NOT NULL DEFAULT 0, sender TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '');
CREATE TABLE batches (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id), state TEXT NOT NULL, msisdns TEXT NOT NULL, attempt INTEGER NOT NULL DEFAULT 1, sent_at TEXT, finished_at TEXT, reason TEXT, not_before TEXT);
CREATE TABLE invitations (id TEXT PRIMARY KEY, msisdn TEXT NOT NULL, name TEXT, status TEXT NOT NULL, created_at TEXT, message TEXT, batch_id INTEGER, job_id INTEGER, organization_id TEXT, status_seen_at TEXT);
CREATE TABLE job_numbers (job_id INTEGER NOT NULL REFERENCES jobs(id), position INTEGER NOT NULL, msisdn TEXT NOT NULL, name TEXT, input TEXT, state TEXT NOT NULL, invitation_id TEXT, reason TEXT, PRIMARY KEY (job_id, msisdn));
CREATE INDEX invitations_msisdn ON invitations (msisdn);
CREATE INDEX batches_state ON batches (state);
INSERT INTO jobs VALUES (1, '2026-10-01T08:00:00.000Z', '5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47', 'https://api.accessy.se', 'Welcome to the club', 'g-1', 'finished', '2026-10-01T08:01:00.000Z', 0, 'client-1', 'club.csv');
INSERT INTO jobs VALUES (2, '2026-10-02T08:00:00.000Z', '5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47', 'https://api.accessy.se', 'Välkommen', '', 'finished', '2026-10-02T08:01:00.000Z', 0, 'pasted token', '');
INSERT INTO batches VALUES (1, 1, 'done', '+46701111111', 1, '2026-10-01T08:00:01.000Z', '2026-10-01T08:00:02.000Z', NULL, '2026-10-01T08:00:01.000Z');
INSERT INTO invitations VALUES ('inv-1', '+46701111111', 'Anna', 'ACCEPTED', '2026-10-01T08:00:01.500Z', 'Welcome to the club', 1, 1, '5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47', '2026-10-03T09:00:00.000Z');
-- invited; pending left out (names its pending invitation); a member never invited; a member
-- given the groups; one who had accepted; one that failed.
INSERT INTO job_numbers VALUES (1, 1, '+46701111111', 'Anna', '070-111 11 11', 'invited', 'inv-1', '');
INSERT INTO job_numbers VALUES (1, 2, '+46702222222', 'Bo', '0702222222', 'already_invited', 'inv-0', 'Already invited on 2026-09-01; the invitation is still pending. Choose "invite again" to send another.');
INSERT INTO job_numbers VALUES (1, 3, '+46703333333', 'Cia', '0703333333', 'already_invited', '', 'Already a member of the organization: not invited.');
INSERT INTO job_numbers VALUES (1, 4, '+46704444444', 'Dan', '0704444444', 'already_invited', '', 'Already a member of the organization: added to 1 access group(s) instead of invited.');
INSERT INTO job_numbers VALUES (1, 5, '+46705555555', 'Eva', '0705555555', 'already_invited', 'inv-old', 'Accepted the invitation of 2026-08-01: not invited again.');
INSERT INTO job_numbers VALUES (1, 6, '+46706666666', 'Fia', '0706666666', 'failed', '', 'Not sent: refused');
-- The same kinds in Swedish.
INSERT INTO job_numbers VALUES (2, 1, '+46707777777', NULL, '0707777777', 'already_invited', NULL, 'Redan medlem i organisationen: inte inbjuden.');
INSERT INTO job_numbers VALUES (2, 2, '+46708888888', NULL, '0708888888', 'already_invited', '', 'Redan medlem i organisationen: tillagd i 2 behörighetsgrupper i stället för att bjudas in.');
INSERT INTO job_numbers VALUES (2, 3, '+46709999999', NULL, '0709999999', 'already_invited', 'inv-9', 'Har accepterat inbjudan från 2026-08-01: inte inbjuden igen.');
INSERT INTO job_numbers VALUES (2, 4, '+46700000001', NULL, '0700000001', 'already_invited', 'inv-p', 'Redan inbjuden 2026-09-01; inbjudan väntar fortfarande.');
PRAGMA user_version = 3;
