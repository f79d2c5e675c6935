# Rebound's candidate-facing texts in English: review. Every message has its twin, with the same variables, in
# ../fr-CA/review.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.
