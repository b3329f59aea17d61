
        ALTER TABLE steps DROP COLUMN opens_at;
        ALTER TABLE steps DROP COLUMN closes_at;
        ALTER TABLE app_next ADD COLUMN tz TEXT;
        UPDATE app_next SET valid_from = '9999-12-31', valid_until = '';
        