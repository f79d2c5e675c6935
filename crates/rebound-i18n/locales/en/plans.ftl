# Rebound's candidate-facing texts in English: plans. Every message has its twin, with the same variables, in
# ../fr-CA/plans.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.

## The plan as a calendar (GET …/recovery-plans/{id}/calendar.ics and its feeds): the calendar's name and description.
plan-calendar-name = Rebound recovery plan
plan-calendar-description = What to do after the interview, step by step. Steps you finish or skip are cancelled here.
