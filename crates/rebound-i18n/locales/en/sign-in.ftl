# Rebound's candidate-facing texts in English: sign-in. Every message has its twin, with the same variables, in
# ../fr-CA/sign-in.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.

## The sign-in and consent page (GET /oauth/authorize). Messages that hold markup are HTML: the page escapes their
## variables ($client, $host) before it fills them in.
sign-in-title = Sign in to Rebound
sign-in-intro = <strong>{ $client }</strong> asks to use your Rebound account. After you sign in, you go back to <strong>{ $host }</strong>, and { $client } may:
sign-in-email = E-mail address
sign-in-password = Password
sign-in-allow = Sign in and allow
sign-in-deny = Deny
sign-in-note = Only sign in if you started this from { $client }. Rebound never asks for your password anywhere else.
sign-in-enter-email = Enter the e-mail address of your Rebound account.
sign-in-enter-password = Enter your password.
sign-in-wrong-credentials = The e-mail address or password is incorrect.
sign-in-locked-out = Too many failed attempts for this account. Try again in { $seconds } seconds.

## What each scope lets the application do, as the page lists them.
sign-in-scope-interviews-read = Read candidates, interviews, gaffes and assessments
sign-in-scope-interviews-write = Create and change candidates, interviews and gaffes
sign-in-scope-plans-write = Generate recovery plans and update their steps
sign-in-scope-admin = Manage users and integration clients
sign-in-scope-webhooks-read = Read the event feed, webhook endpoints and deliveries
sign-in-scope-webhooks-write = Manage webhook endpoints and redeliver events
