# Rebound's candidate-facing texts in English: insights. Every message has its twin, with the same variables, in
# ../fr-CA/insights.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.
