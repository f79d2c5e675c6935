DROP TABLE lessons;
DROP TABLE plan_steps;
DROP TABLE recovery_plans;
