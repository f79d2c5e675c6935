# Rebound's candidate-facing texts in English: sign-in. Every message has its twin, with the same variables, in
# ../fr-CA/sign-in.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.
