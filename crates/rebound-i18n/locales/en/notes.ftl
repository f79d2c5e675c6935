# Rebound's candidate-facing texts in English: notes. Every message has its twin, with the same variables, in
# ../fr-CA/notes.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.

## The drafted follow-up (thank-you) note. Where a note picks one of several phrasings (so two candidates' notes
## rarely share a sentence), each phrasing is its own message, numbered from 1; the code counts them, so a locale
## may reword any of them freely. $format is "onsite" or "remote"; $tone "formal" or "warm".

## Subject line. $occasion: "offer", "closed" (rejected or withdrawn) or "other".
note-subject = { $tone ->
        [warm] { $occasion ->
            [offer] Thank you for the { $role } offer!
            [closed] Thanks for your time on the { $role } role
           *[other] Great to talk about the { $role } role
        }
       *[formal] { $occasion ->
            [offer] Thank you for the { $role } offer
            [closed] Thank you for considering me for the { $role } role
           *[other] Thank you for the { $role } interview
        }
    }

## Salutations. $names is the interviewers' names as the note greets them, already joined (note-list-and).
note-salutation-formal = Dear { $names },
## Formal, when every interviewer is greeted with a courtesy title.
note-salutation-formal-titled = Dear { $names },
note-salutation-warm = Hi { $names },
## No interviewer's name was logged.
note-salutation-team = { $tone ->
        [warm] Hi { $company } team,
       *[formal] Dear { $company } hiring team,
    }
## The last two items of a list: "A, B and C" is { $init } = "A, B", { $last } = "C".
note-list-and = { $init } and { $last }
note-your-name = [Your name]

## Openings, on the occasion "open" (pending, no response or advanced), "offer", "rejected" and "withdrawn".
note-opening-formal-open-1 = Thank you for taking the time to { $format ->
        [onsite] meet
       *[remote] speak
    } with me about the { $role } position at { $company }.
note-opening-formal-open-2 = Many thanks for { $format ->
        [onsite] meeting
       *[remote] speaking
    } with me about the { $role } role at { $company }.
note-opening-formal-open-3 = I am grateful for the time you gave me to discuss the { $role } position at { $company }.
note-opening-formal-open-4 = Thank you for the opportunity to discuss the { $role } role at { $company } with you.
note-opening-formal-open-5 = It was a pleasure to { $format ->
        [onsite] meet
       *[remote] speak
    } with you about the { $role } position at { $company }, and I appreciate your time.
note-opening-warm-open-1 = Thank you so much for taking the time to talk with me about the { $role } role at { $company }.
note-opening-warm-open-2 = It was great to { $format ->
        [onsite] meet
       *[remote] speak
    } with you about the { $role } role at { $company }; thank you for your time.
note-opening-warm-open-3 = Many thanks for making the time to talk about the { $role } role at { $company }.
note-opening-warm-open-4 = Thank you for your time and for the chance to talk about the { $role } role at { $company }.
note-opening-warm-open-5 = I really appreciated the chance to talk with you about the { $role } role at { $company }.
note-opening-formal-offer-1 = Thank you for your offer of the { $role } position at { $company }, and for the time you gave me during the interviews.
note-opening-formal-offer-2 = I was delighted to receive your offer of the { $role } position at { $company }; thank you.
note-opening-formal-offer-3 = Thank you very much for offering me the { $role } role at { $company }.
note-opening-warm-offer-1 = Thank you so much for the offer of the { $role } role at { $company }, and for all the time you gave me.
note-opening-warm-offer-2 = I was thrilled to hear about the offer for the { $role } role at { $company }; thank you!
note-opening-warm-offer-3 = Thank you for offering me the { $role } role at { $company }; I was delighted to hear the news.
note-opening-formal-rejected-1 = Thank you for letting me know your decision on the { $role } position at { $company }, and for the time you gave me.
note-opening-formal-rejected-2 = Thank you for telling me your decision about the { $role } role at { $company }, and for considering me.
note-opening-formal-rejected-3 = I appreciate you letting me know about the { $role } position at { $company }, and the time you gave me.
note-opening-warm-rejected-1 = Thank you for letting me know about the { $role } role at { $company }, and for the time you gave me.
note-opening-warm-rejected-2 = Thanks for letting me know about the { $role } role at { $company }, and for considering me.
note-opening-warm-rejected-3 = I appreciate you telling me about the { $role } role at { $company }, and all the time you gave me.
note-opening-formal-withdrawn-1 = Thank you again for your time and for considering me for the { $role } position at { $company }.
note-opening-formal-withdrawn-2 = I am grateful for the time you gave me and for considering me for the { $role } role at { $company }.
note-opening-formal-withdrawn-3 = Thank you for considering me for the { $role } position at { $company }, and for your time.
note-opening-warm-withdrawn-1 = Thank you again for your time and for considering me for the { $role } role at { $company }.
note-opening-warm-withdrawn-2 = Many thanks for your time and for considering me for the { $role } role at { $company }.
note-opening-warm-withdrawn-3 = I really appreciated your time and your interest in me for the { $role } role at { $company }.

## What the candidate enjoyed: $phrase is a highlight the candidate logged, or one of the rounds below.
note-highlight-formal-1 = I especially enjoyed { $phrase }.
note-highlight-formal-2 = I particularly enjoyed { $phrase }.
note-highlight-formal-3 = I greatly enjoyed { $phrase }.
note-highlight-warm-1 = I really enjoyed { $phrase }.
note-highlight-warm-2 = I loved { $phrase }.
note-highlight-warm-3 = I especially enjoyed { $phrase }.
note-highlight-round-technical = working through the technical questions with you
note-highlight-round-case-study = working through the case study with you
note-highlight-round-panel = meeting the panel

## Closings: interest while the process is open, the next stage, or (once decided) the relationship.
note-closing-formal-open-1 = Our conversation strengthened my interest in the position, and I would welcome the opportunity to contribute to { $company }.
note-closing-formal-open-2 = I remain very interested in the role and would welcome the chance to bring my experience to { $company }.
note-closing-formal-open-3 = I would welcome the chance to contribute to { $company } in this role.
note-closing-formal-open-4 = The position is exactly the kind of work I am eager to take on at { $company }.
note-closing-formal-open-5 = I am keen to take this further and would value the opportunity to join { $company }.
note-closing-warm-open-1 = I came away even more excited about the role, and I would love the chance to join the team.
note-closing-warm-open-2 = I am really keen on the role and would love to be part of the team at { $company }.
note-closing-warm-open-3 = I am eager to take on this role and to join the team at { $company }.
note-closing-warm-open-4 = I am genuinely excited about this role and hope to join the { $company } team.
note-closing-warm-open-5 = I left our conversation with real enthusiasm for joining { $company }.
note-closing-formal-advanced-1 = I am glad to be moving on to the next stage and am already preparing for it. I look forward to continuing our conversation about the { $role } position.
note-closing-formal-advanced-2 = I am pleased to be going through to the next stage; I am already preparing for it and look forward to it.
note-closing-formal-advanced-3 = I was glad to hear I am moving forward, and I look forward to the next stage, for which I am already preparing.
note-closing-warm-advanced-1 = I am delighted to be going through to the next stage and am already preparing for it. I look forward to the next conversation.
note-closing-warm-advanced-2 = I was so excited to hear I am through to the next stage, and I am already preparing for it.
note-closing-warm-advanced-3 = Great news about the next stage; I am preparing for it and look forward to the next conversation.
note-closing-formal-offer-1 = I am excited about the prospect of joining { $company }, and I look forward to the next stage and to working through the details with you.
note-closing-formal-offer-2 = I look forward to discussing the next steps with you and to the prospect of joining { $company }.
note-closing-formal-offer-3 = Joining { $company } is a prospect I am very excited about, and I look forward to the next steps.
note-closing-warm-offer-1 = I am really excited about joining { $company }, and I look forward to working through the next steps together.
note-closing-warm-offer-2 = I am excited about the prospect of joining { $company } and look forward to talking through the next steps.
note-closing-warm-offer-3 = I look forward to the next steps, and I am thrilled at the thought of joining { $company }.
note-closing-formal-rejected-1 = While I am disappointed, I have a high regard for { $company } and would welcome being considered should another role open up. If you have a moment, I would value any feedback on how I could strengthen my application.
note-closing-formal-rejected-2 = I was disappointed, but I would welcome being considered if another role opens up at { $company }. If you have a moment, any feedback on my application would be much appreciated.
note-closing-formal-rejected-3 = I hold { $company } in high regard and would welcome being considered should another role open up. Any feedback you could share would help me greatly.
note-closing-warm-rejected-1 = Of course I am disappointed, but I would love to be considered if another role opens up at { $company }. If you have a moment, any feedback would be very welcome.
note-closing-warm-rejected-2 = I am disappointed, but I would love to hear if another role comes up at { $company }. Any feedback you can share would be a great help.
note-closing-warm-rejected-3 = I would love to stay in touch in case another role comes up at { $company }. If you have a moment, I would really value your feedback.
note-closing-formal-withdrawn-1 = Although I have decided to step back from the process, I came away with a high regard for { $company }, and I would welcome the chance to stay in touch.
note-closing-formal-withdrawn-2 = I have decided to step back from the process, but I hold { $company } in high regard and would welcome it if we could stay in touch.
note-closing-formal-withdrawn-3 = While I have withdrawn from the process, I would welcome the chance to stay in touch with the team at { $company }.
note-closing-warm-withdrawn-1 = Although I have decided to step back from the process, I really enjoyed getting to know the team at { $company }, and I would love to stay in touch.
note-closing-warm-withdrawn-2 = I have decided to step back from the process, but I would love to stay in touch.
note-closing-warm-withdrawn-3 = I have stepped back from the process, but I would love to stay in touch with the team at { $company }.

## The last line while the process is open: "news" when they have not replied, "decision" after a final round,
## "next-steps" otherwise; a warm note says the same for a decision and the next steps ("soon").
note-next-formal-news-1 = I would be glad to hear where the process stands whenever convenient.
note-next-formal-news-2 = Whenever convenient, I would be grateful for an update on the process.
note-next-formal-news-3 = When you have a moment, I would be glad to hear where things stand.
note-next-formal-decision-1 = I look forward to hearing your decision.
note-next-formal-decision-2 = I look forward to hearing from you.
note-next-formal-decision-3 = I look forward to your decision.
note-next-formal-next-steps-1 = I look forward to hearing about the next steps.
note-next-formal-next-steps-2 = I look forward to hearing from you about the next stage.
note-next-formal-next-steps-3 = I look forward to hearing from you.
note-next-formal-next-steps-4 = I hope to hear from you about the next steps soon.
note-next-warm-news-1 = Do let me know where things stand when you have a moment.
note-next-warm-news-2 = Whenever you have a moment, I would love to hear where things stand.
note-next-warm-soon-1 = I look forward to hearing from you.
note-next-warm-soon-2 = Hope to hear from you soon.
note-next-warm-soon-3 = Looking forward to hearing from you.
note-next-warm-soon-4 = I hope to speak again soon.

## Sign-offs, before the candidate's name. One that thanks is not used after an opening that already thanked.
note-sign-off-formal-1 = Kind regards,
note-sign-off-formal-2 = Best regards,
note-sign-off-formal-3 = With kind regards,
note-sign-off-formal-4 = Many thanks and best regards,
note-sign-off-warm-1 = Best wishes,
note-sign-off-warm-2 = All the best,
note-sign-off-warm-3 = Warm regards,
note-sign-off-warm-4 = Thanks again,

## The repairs, one sentence per gaffe kind and register. Square brackets are for the candidate to fill in.
note-repair-salary-blank-formal = On compensation: having researched the market for this role, I would be looking for a salary in the range of [your range].
note-repair-salary-blank-warm = On salary: after looking into the market for this role, I am aiming for a range of [your range].
## $experiences: one or two experiences, joined (note-list-and).
note-repair-experience-formal = Building on our discussion of my background, I should also mention { $experiences }
## $count: how many experiences (one or two); $first and $second are they.
note-repair-experience-warm = { $count ->
        [one] One more thing I would like to add about my background: { $first }
       *[other] Two things I would like to add about my background: { $first }, and { $second }
    }
note-placeholder-experience = [the experience you want to add]
## $asked: "yes" when the question is known (then $question is its text), else "no".
note-repair-technical-blank-formal = Thinking further about your question { $asked ->
        [yes] “{ $question }”
       *[no] on [the topic]
    }, I would answer: [your answer, briefly].
note-repair-technical-blank-warm = I kept thinking about your question { $asked ->
        [yes] “{ $question }”
       *[no] on [the topic]
    }; here is my answer: [your answer, briefly].
note-repair-no-questions-asked-formal = I would also welcome hearing more about [the topic you wanted to ask about].
note-repair-no-questions-asked-warm = I would also love to hear more about [the topic you wanted to ask about].
note-repair-technical-failure-formal = I am glad to go over anything our call's technical trouble cut short.
note-repair-technical-failure-warm = Happy to go over anything the glitches on our call cut short.
## $said: what the candidate said; $correct: the fact. $elide: "yes" when $said starts with a vowel (French
## elides "que" before it); English has no such change.
note-repair-factual-error-formal = When we spoke, I said { $elide ->
       *[other] { $said }
    }; in fact, { $correct }.
note-repair-factual-error-warm = One thing to set straight: I said { $elide ->
       *[other] { $said }
    }, but in fact { $correct }.
note-placeholder-said = [what you said]
note-placeholder-correct = [the correct fact]
note-repair-unclear-on-role-formal = On reflection, I see the role as [what the role is for], which fits my background.
note-repair-unclear-on-role-warm = Thinking it over, I see the role as [what the role is for]: exactly the work I enjoy.

## The heads-up to a trusted reference. $count: how many points (one or two); $points: they, joined.
note-reference-greeting = Hi [reference's name],
note-reference-body = A quick heads-up: I interviewed with { $company } for the { $role } role, so they may contact you as a reference soon. { $count ->
        [one] One thing I did not get across well in the interview: { $points }.
       *[other] Two things I did not get across well in the interview: { $points }.
    } If it comes up naturally, it would help a lot if you could mention { $count ->
        [one] it
       *[other] them
    }.
note-reference-sign-off = Thank you for your support,
note-reference-point-colleagues = the way I handle difficult situations with colleagues
note-placeholder-experience-left-out = [the experience you left out]
