-- ThreeRings schema 10: the audio file of a call recorded on the SIP line (empty when not recorded).
-- The file lives beside the console's data (sip/recordings by default); the row keeps its path.
ALTER TABLE calls ADD COLUMN recording_path TEXT NOT NULL DEFAULT '';
