-- ThreeRings schema 21: how a call ended for the hotline, chosen by the agent in wrap-up.
--
-- solved (on the phone), form (a problem form opened), consultation, complaint, wrong_number (打错电话),
-- nuisance (silent or nuisance); '' while nobody chose. The call tally (800电话信息统计报表) counts real calls by
-- category and wrong numbers and nuisance apart.
ALTER TABLE calls ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
