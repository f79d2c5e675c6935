-- A plan's steps and lessons live and die with their plan: plan_id's foreign key (ON DELETE CASCADE) removes them
-- when the plan goes, and the plan goes with its interview, candidate or workspace; the plan's own keys say which
-- workspace, interview and candidate it belongs to, and the service writes the children from the same values. The
-- children's other keys checked those facts again for every row: 21 checks for a plan of 5 steps and 2 lessons,
-- about a quarter of PostgreSQL's CPU per plan (#18's profile); 10 now. The two indexes served only those keys
-- (lessons are read by plan).
ALTER TABLE plan_steps DROP CONSTRAINT plan_steps_workspace_id_fkey;
ALTER TABLE lessons
    DROP CONSTRAINT lessons_workspace_id_fkey,
    DROP CONSTRAINT lessons_candidate_id_fkey,
    DROP CONSTRAINT lessons_interview_id_fkey;
DROP INDEX lessons_candidate_idx;
DROP INDEX lessons_interview_idx;
