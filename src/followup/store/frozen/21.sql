DROP TRIGGER IF EXISTS app_overview_app_delete;
DROP TRIGGER IF EXISTS app_overview_applications_insert;
DROP TRIGGER IF EXISTS app_overview_applications_update;
DROP TRIGGER IF EXISTS app_overview_steps_insert;
DROP TRIGGER IF EXISTS app_touches_steps_insert;
DROP TRIGGER IF EXISTS app_overview_steps_delete;
DROP TRIGGER IF EXISTS app_touches_steps_delete;
DROP TRIGGER IF EXISTS app_overview_steps_update;
DROP TRIGGER IF EXISTS app_touches_steps_update;
DROP TRIGGER IF EXISTS app_overview_events_insert;
DROP TRIGGER IF EXISTS app_touches_events_insert;
DROP TRIGGER IF EXISTS app_overview_events_delete;
DROP TRIGGER IF EXISTS app_touches_events_delete;
DROP TRIGGER IF EXISTS app_overview_events_update;
DROP TRIGGER IF EXISTS app_touches_events_update;
DROP TRIGGER IF EXISTS app_overview_interviews_insert;
DROP TRIGGER IF EXISTS app_overview_interviews_delete;
DROP TRIGGER IF EXISTS app_overview_interviews_update;
DROP VIEW IF EXISTS app_overview_source;
DROP VIEW IF EXISTS app_touches_source;
DROP TABLE IF EXISTS app_overview;
DROP TABLE IF EXISTS app_touches;

CREATE TABLE app_overview (
    application_id INTEGER PRIMARY KEY,
    last_contact TEXT,
    last_day REAL,  -- julianday(last_contact)
    head TEXT NOT NULL,  -- the object's opening and its lines id .. playbook
    tail TEXT NOT NULL,  -- its line last_contact, and the last key
    playbook TEXT NOT NULL,
    status TEXT NOT NULL,
    rounds INTEGER,  -- how many interviews (NULL: none)
    start TEXT NOT NULL,  -- the first interview's day, else the day it was added
    first_answer TEXT,  -- the first reply, offer or rejection's day
    offer INTEGER  -- 1 when an offer came, 0 when only other answers, NULL: no answer
);
CREATE VIEW app_overview_source AS
    SELECT *, julianday(last_contact) AS last_day,
           '  {' || char(10)
               || '    "id": ' || json_quote(id) || ',' || char(10) || '    "company": ' || json_quote(company) || ',' || char(10) || '    "role": ' || json_quote(role) || ',' || char(10) || '    "status": ' || json_quote(status) || ',' || char(10) || '    "playbook": ' || json_quote(playbook) || ',' || char(10) AS head,
           '    "last_contact": ' || json_quote(last_contact) || ',' || char(10)
               || '    "days_since_contact": ' AS tail
    FROM (SELECT *, nullif(max(coalesce(last_done, ''), coalesce(last_answer, ''),
                               coalesce(last_interview, '')), '') AS last_contact
          -- GROUP BY: one row per application as it is, and each look-up made once (the
          -- query is not flattened into the one above, and the trigger's WHERE still reaches it)
          FROM (SELECT a.id AS application_id, a.id, a.company, a.role, a.status, a.playbook,
                       (SELECT max(done_on) FROM steps WHERE application_id = a.id
                        AND status = 'done' AND kind NOT IN ('close', 'network')) AS last_done,
                       (SELECT max(on_date) FROM events WHERE application_id = a.id
                        AND kind IN ('reply', 'offer', 'rejected', 'withdrawn')) AS last_answer,
                       (SELECT max(substr(at, 1, 10)) FROM interviews
                        WHERE application_id = a.id) AS last_interview,
                       nullif((SELECT count(*) FROM interviews WHERE application_id = a.id), 0)
                           AS rounds,
                       coalesce((SELECT min(substr(at, 1, 10)) FROM interviews
                                 WHERE application_id = a.id), substr(a.created_at, 1, 10))
                           AS start,
                       (SELECT min(substr(on_date, 1, 10)) FROM events
                        WHERE application_id = a.id AND kind IN ('reply', 'offer', 'rejected')) AS first_answer,
                       (SELECT max(kind = 'offer') FROM events WHERE application_id = a.id
                        AND kind IN ('reply', 'offer', 'rejected')) AS offer
                FROM applications a
                GROUP BY a.id));
CREATE TABLE app_touches (
    application_id INTEGER NOT NULL,
    channel TEXT NOT NULL,
    touch INTEGER NOT NULL,
    touches INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    PRIMARY KEY (application_id, channel, touch)
);
CREATE VIEW app_touches_source AS
    SELECT s.application_id, s.channel, s.touch, count(*) AS touches,
           sum(EXISTS (SELECT 1 FROM events e WHERE e.application_id = s.application_id
                       AND kind IN ('reply', 'offer', 'rejected') AND substr(e.on_date, 1, 10) >= substr(s.done_on, 1, 10)
                       AND substr(e.on_date, 1, 10) < coalesce(
                           (SELECT min(substr(t.done_on, 1, 10)) FROM steps t
                            WHERE t.application_id = s.application_id AND status = 'done' AND done_on IS NOT NULL AND kind IN ('thank_you', 'follow_up', 'call')
                            AND substr(t.done_on, 1, 10) > substr(s.done_on, 1, 10)),
                           '9999-12-31'))) AS answered
    FROM steps s WHERE status = 'done' AND done_on IS NOT NULL AND kind IN ('thank_you', 'follow_up', 'call')
    GROUP BY s.application_id, s.channel, s.touch;
INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source;
INSERT INTO app_touches SELECT application_id, channel, touch, touches, answered FROM app_touches_source;
CREATE INDEX app_overview_stats
    ON app_overview(playbook, status, first_answer, rounds, offer, start);
CREATE INDEX app_touches_sums ON app_touches(channel, touch, touches, answered);
CREATE TRIGGER app_overview_app_delete AFTER DELETE ON applications BEGIN
    DELETE FROM app_overview WHERE application_id = OLD.id;
    DELETE FROM app_touches WHERE application_id = OLD.id;
END;
CREATE TRIGGER app_overview_applications_insert AFTER INSERT ON applications BEGIN DELETE FROM app_overview WHERE application_id IN (NEW.id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (NEW.id); END;
CREATE TRIGGER app_overview_applications_update AFTER UPDATE OF id, company, role, status, playbook ON applications WHEN (OLD.id IS NOT NEW.id OR OLD.company IS NOT NEW.company OR OLD.role IS NOT NEW.role OR OLD.status IS NOT NEW.status OR OLD.playbook IS NOT NEW.playbook) BEGIN DELETE FROM app_overview WHERE application_id IN (OLD.id, NEW.id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (OLD.id, NEW.id); END;
CREATE TRIGGER app_overview_steps_insert AFTER INSERT ON steps BEGIN DELETE FROM app_overview WHERE application_id IN (NEW.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (NEW.application_id); END;
CREATE TRIGGER app_touches_steps_insert AFTER INSERT ON steps WHEN (NEW.status = 'done' AND NEW.kind IN ('thank_you', 'follow_up', 'call')) BEGIN DELETE FROM app_touches WHERE application_id IN (NEW.application_id); INSERT INTO app_touches SELECT application_id, channel, touch, touches, answered FROM app_touches_source WHERE application_id IN (NEW.application_id); END;
CREATE TRIGGER app_overview_steps_delete AFTER DELETE ON steps BEGIN DELETE FROM app_overview WHERE application_id IN (OLD.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (OLD.application_id); END;
CREATE TRIGGER app_touches_steps_delete AFTER DELETE ON steps WHEN (OLD.status = 'done' AND OLD.kind IN ('thank_you', 'follow_up', 'call')) BEGIN DELETE FROM app_touches WHERE application_id IN (OLD.application_id); INSERT INTO app_touches SELECT application_id, channel, touch, touches, answered FROM app_touches_source WHERE application_id IN (OLD.application_id); END;
CREATE TRIGGER app_overview_steps_update AFTER UPDATE OF application_id, status, due, kind, latest, done_on, channel, touch ON steps WHEN (OLD.application_id IS NOT NEW.application_id OR OLD.status IS NOT NEW.status OR OLD.due IS NOT NEW.due OR OLD.kind IS NOT NEW.kind OR OLD.latest IS NOT NEW.latest OR OLD.done_on IS NOT NEW.done_on OR OLD.channel IS NOT NEW.channel OR OLD.touch IS NOT NEW.touch) BEGIN DELETE FROM app_overview WHERE application_id IN (OLD.application_id, NEW.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (OLD.application_id, NEW.application_id); END;
CREATE TRIGGER app_touches_steps_update AFTER UPDATE OF application_id, status, due, kind, latest, done_on, channel, touch ON steps WHEN (OLD.application_id IS NOT NEW.application_id OR OLD.status IS NOT NEW.status OR OLD.due IS NOT NEW.due OR OLD.kind IS NOT NEW.kind OR OLD.latest IS NOT NEW.latest OR OLD.done_on IS NOT NEW.done_on OR OLD.channel IS NOT NEW.channel OR OLD.touch IS NOT NEW.touch) AND (OLD.status = 'done' AND OLD.kind IN ('thank_you', 'follow_up', 'call') OR NEW.status = 'done' AND NEW.kind IN ('thank_you', 'follow_up', 'call')) BEGIN DELETE FROM app_touches WHERE application_id IN (OLD.application_id, NEW.application_id); INSERT INTO app_touches SELECT application_id, channel, touch, touches, answered FROM app_touches_source WHERE application_id IN (OLD.application_id, NEW.application_id); END;
CREATE TRIGGER app_overview_events_insert AFTER INSERT ON events BEGIN DELETE FROM app_overview WHERE application_id IN (NEW.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (NEW.application_id); END;
CREATE TRIGGER app_touches_events_insert AFTER INSERT ON events WHEN (NEW.kind IN ('reply', 'offer', 'rejected')) BEGIN DELETE FROM app_touches WHERE application_id IN (NEW.application_id); INSERT INTO app_touches SELECT application_id, channel, touch, touches, answered FROM app_touches_source WHERE application_id IN (NEW.application_id); END;
CREATE TRIGGER app_overview_events_delete AFTER DELETE ON events BEGIN DELETE FROM app_overview WHERE application_id IN (OLD.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (OLD.application_id); END;
CREATE TRIGGER app_touches_events_delete AFTER DELETE ON events WHEN (OLD.kind IN ('reply', 'offer', 'rejected')) BEGIN DELETE FROM app_touches WHERE application_id IN (OLD.application_id); INSERT INTO app_touches SELECT application_id, channel, touch, touches, answered FROM app_touches_source WHERE application_id IN (OLD.application_id); END;
CREATE TRIGGER app_overview_events_update AFTER UPDATE OF application_id, kind, on_date ON events WHEN (OLD.application_id IS NOT NEW.application_id OR OLD.kind IS NOT NEW.kind OR OLD.on_date IS NOT NEW.on_date) BEGIN DELETE FROM app_overview WHERE application_id IN (OLD.application_id, NEW.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (OLD.application_id, NEW.application_id); END;
CREATE TRIGGER app_touches_events_update AFTER UPDATE OF application_id, kind, on_date ON events WHEN (OLD.application_id IS NOT NEW.application_id OR OLD.kind IS NOT NEW.kind OR OLD.on_date IS NOT NEW.on_date) AND (OLD.kind IN ('reply', 'offer', 'rejected') OR NEW.kind IN ('reply', 'offer', 'rejected')) BEGIN DELETE FROM app_touches WHERE application_id IN (OLD.application_id, NEW.application_id); INSERT INTO app_touches SELECT application_id, channel, touch, touches, answered FROM app_touches_source WHERE application_id IN (OLD.application_id, NEW.application_id); END;
CREATE TRIGGER app_overview_interviews_insert AFTER INSERT ON interviews BEGIN DELETE FROM app_overview WHERE application_id IN (NEW.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (NEW.application_id); END;
CREATE TRIGGER app_overview_interviews_delete AFTER DELETE ON interviews BEGIN DELETE FROM app_overview WHERE application_id IN (OLD.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (OLD.application_id); END;
CREATE TRIGGER app_overview_interviews_update AFTER UPDATE OF application_id, at ON interviews WHEN (OLD.application_id IS NOT NEW.application_id OR OLD.at IS NOT NEW.at) BEGIN DELETE FROM app_overview WHERE application_id IN (OLD.application_id, NEW.application_id); INSERT INTO app_overview SELECT application_id, last_contact, last_day, head, tail, playbook, status, rounds, start, first_answer, offer FROM app_overview_source WHERE application_id IN (OLD.application_id, NEW.application_id); END;