# Rebound's candidate-facing texts in English: review. Every message has its twin, with the same variables, in
# ../fr-CA/review.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.

## Apologies, excuses, self-deprecation, over-explaining, pleading: { $said } is the flagged passage, as written.
review-apology-message = “{ $said }” apologises; an apology points at the slip instead of past it.
review-apology-suggestion = Thank them instead of apologising (“Thank you for your patience”), and if they surely noticed the slip, follow with a short factual correction.
review-repeated-apology-message = “{ $said }” is apology number { $number } in this note; repeated apologies read as insecurity.
review-repeated-apology-suggestion = Remove the extra apologies and keep the note about the role and what you offer.
review-excuse-message = “{ $said }” offers a cause for the slip; excuses tend to reflect badly on you.
review-excuse-suggestion = Drop the cause and keep the fact: state the correct information plainly (“I’d like to add…”), or simply look ahead.
review-self-deprecation-message = “{ $said }” runs you down; the note should leave them with your strengths, not your doubts.
review-self-deprecation-suggestion = Cut the judgement and say what you would add instead: “To add to my answer on …, I …”.
review-over-explaining-message = “{ $said }” explains what went wrong at more length than the note can afford.
review-over-explaining-suggestion = Replace the explanation with one factual sentence, and only if they surely noticed the slip: “I should have said …; the correct figure is …”.
review-pleading-message = “{ $said }” pleads; it asks for a favour instead of making your case.
review-pleading-suggestion = Say why you want the role and what you would bring: “I remain very interested in the role and would welcome the next step.”

## Length: { $words } words in the note, { $limit } the budget.
review-too-long-message = The note has { $words } words; a follow-up note should stay within { $limit }.
review-too-long-suggestion = Keep the thanks, one or two repairs and your interest in the role; cut everything else.

## A slip the interviewers may have missed: { $gaffe } is the catalogue's label; { $noticed } is unsure or unlikely.
review-unnoticed-gaffe-message = “{ $said }” points at a slip ({ $gaffe }) and { $noticed ->
        [unsure] you are unsure whether they noticed it
       *[unlikely] they probably did not notice it
    }.
review-unnoticed-gaffe-suggestion = Leave it out: a slip they may have missed is best not brought up.

## Whole-note checks.
review-missing-thanks-message = The note never thanks the interviewers.
review-missing-thanks-suggestion = Open by thanking them for their time and the conversation.
review-missing-interest-message = The note does not restate your interest in the role.
review-missing-interest-suggestion = Close with a sentence on why you want the role and that you look forward to hearing from them.

## Names in the salutation: { $name } as written, { $closest } and { $spelled } as logged.
review-unknown-name-message = “{ $name }” is not the name of any interviewer you logged.
review-unknown-name-suggestion-closest = Use the logged name: { $closest }.
review-unknown-name-suggestion = Use the interviewer's name exactly as logged.
review-name-accent-message = The interviewer’s name is spelled { $spelled }; “{ $name }” leaves out an accent.
review-name-accent-suggestion = Write { $spelled }, exactly as logged: people notice their own name spelt right.
