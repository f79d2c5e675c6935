# Rebound's candidate-facing texts in English: plans. Every message has its twin, with the same variables, in
# ../fr-CA/plans.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.

## The plan as a calendar (GET …/recovery-plans/{id}/calendar.ics and its feeds): the calendar's name and description.
plan-calendar-name = Rebound recovery plan
plan-calendar-description = What to do after the interview, step by step. Steps you finish or skip are cancelled here.

## Times in plan texts. `when` is a date and time as the locale writes it: $weekday 1 (Monday) to 7, $day as
## written (English pads it: 08), $month 1 to 12, $year, $time as written (English: 09:00).
plan-when = { $weekday ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    } { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }, { $time }
plan-time-zoned = { $when } ({ $place } time)
plan-time-utc = { $when } UTC
plan-elapsed-minutes = { $minutes } minutes
plan-elapsed-hours = { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
plan-elapsed-days = { $days } days
# A rank in words for $times (1, 2, 3…): "third interview", "(second time)". English plans take theirs from the
# domain's `text::ordinal` (first … tenth, then 11th, 21st…), which this message mirrors; it is here for the parity
# of the two files, and for the French, which needs its own ("deuxième").
plan-ordinal = { $times ->
        [1] first
        [2] second
        [3] third
        [4] fourth
        [5] fifth
        [6] sixth
        [7] seventh
        [8] eighth
        [9] ninth
        [10] tenth
       *[other] { $times }th
    }

## Shared by several steps.
plan-gaffe-why = { $title } (noticed: { $noticed })
plan-gaffe-why-described = { $title } (noticed: { $noticed }): { $description }
plan-moment-arrival = on arrival
plan-moment-opening = at the opening
plan-moment-mid = mid-interview
plan-moment-closing = at the close
plan-moment-after = afterwards
plan-strong-answer = a strong answer to “{ $question }”
plan-your-answer-to = your answer to “{ $question }”
plan-body-language-reason = The only worry logged is an interviewer's body language, which is easy to over-read; damage control could draw attention to a problem that may not exist.

## Article step 1: the cool-off.
plan-cool-off-title = Take a timeout before acting
plan-cool-off-what = Hold off on any damage control until { $until }. Do something unrelated in the meantime. Then rate the interview again from 1 to 5: interviews usually feel worse straight afterwards than they really went.
plan-cool-off-why-rating = You rated the interview { $rating }/5 right afterwards; the lower the rating, the longer the pause
plan-cool-off-why-elapsed = The plan is being made { $elapsed } after the interview
plan-cool-off-omitted-went-well = Nothing to recover from: what you logged did little real harm and you rated the interview { $rating }/5, so there is no damage control to hold off on.
plan-cool-off-omitted-moving-on = { $outcome ->
        [offer] You have an offer
       *[advanced] You have advanced to the next round
    }, so there is no damage control to hold off on.
plan-cool-off-omitted-not-selected = The decision is made ({ $outcome ->
        [withdrawn] you withdrew
       *[rejected] you were not selected
    }), so there is no damage control to hold off on; take whatever time you need before replying.
plan-cool-off-omitted-late = The interview was { $elapsed } ago, past the { $hours }-hour cool-off suggested for an interview rated { $rating }/5; emotions have had time to settle, so go straight to the review.

## Article step 2: the review.
plan-review-title = { $learning ->
        [yes] Review the interview to learn from it
       *[no] Review the interview, clinically
    }
plan-review-learning-opening = { $outcome ->
        [withdrawn] You withdrew
       *[rejected] You were not selected
    }, so this review is for you, not for them: go through the interview once, calmly, for what it can teach you.
plan-review-rerate = With some distance now, first rate the interview again from 1 to 5 and compare it with how it felt right afterwards.
plan-review-body-language-caution = Caution: the only thing worrying you is an interviewer's body language. Facial expressions are easy to over-read; a blank look often means concentration, tiredness or a busy day. Unless something was actually said, treat it as weak evidence and do no damage control over it.
# One gaffe's post-mortem heading: its title, when it happened (unless the title says it already), what the
# candidate wrote and the question it was logged against; the catalogue's questions follow it.
plan-review-gaffe = { $has_moment ->
        [yes] { $title } ({ $moment })
       *[no] { $title }
    }{ $has_description ->
        [yes] : “{ $description }”
       *[no] {""}
    }{ $has_question ->
        [yes] , on the question “{ $question }”
       *[no] {""}
    }.
plan-review-corrected = You corrected it on the spot, which already limits the harm.
plan-review-weak-answer = Your answer to “{ $question }” was weak. Why, looking back? What better answer could you have given, and what information would you have needed to give it confidently?
plan-review-blanked = You blanked on “{ $question }”. What information would you have needed to answer it confidently, and what would a strong answer have said?
plan-review-went-well-none = What went well: nothing logged yet. List at least three things you handled well; there almost always are some.
plan-review-went-well = What went well: { $list }.
plan-review-went-badly-none = What went badly: nothing specific logged. If the interview still feels bad, name the moment it turned.
plan-review-went-badly = What went badly: { $list }. Compare the two lists honestly; { $learning ->
        [yes] both have something to teach you.
       *[no] it may be less of a debacle than it felt.
    }
plan-review-why = { $learning ->
        [yes] What went wrong is worth knowing now only as a lesson for the next interview
       *[no] You can only make amends once you know exactly what went wrong
    }
plan-review-why-recurring = { $earlier ->
        [one] Logged in { $earlier } earlier interview too: { $label }
       *[other] Logged in { $earlier } earlier interviews too: { $label }
    }
plan-review-why-body-language = Body language is the only evidence logged
# The review after a good interview, an advance or an offer.
plan-went-well-title = Note what went well
plan-went-well-fresh-none = While it is fresh, write down the three things that went best: the answers that landed, the moments of rapport, the preparation that paid off.
plan-went-well-fresh = While it is fresh, note what went well: { $list }. Add anything else that landed, so you can do it again.
plan-went-well-congratulations = Congratulations on the offer from { $company }: you earned it.
plan-went-well-sharpen = Worth sharpening before the next interview: { $list }.
plan-went-well-sharpen-recurring = { $label } ({ $ordinal } time)
plan-went-well-why-moving-on = { $outcome ->
        [offer] You have an offer
       *[advanced] You have advanced to the next round
    }: there is nothing to dissect
plan-went-well-why-went-well = What you logged did little real harm and you rated it { $rating }/5: the interview went well, so there is nothing to dissect
plan-went-well-why-next = Knowing what worked lets you do it again in the next round
# A kind of slip logged in earlier interviews too, named as a pattern ($ordinal: this interview's rank, "third").
plan-pattern-wrong-interviewer-name = This is the { $ordinal } interview where you got an interviewer's name wrong: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-inappropriate-attire = This is the { $ordinal } interview where your attire missed the mark: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-salary-blank = This is the { $ordinal } interview where you had no answer on salary: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-inappropriate-question = This is the { $ordinal } interview where you asked an off-limits question: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-weak-behavioral-answer = This is the { $ordinal } interview where you gave a weak behavioural answer: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-late = This is the { $ordinal } interview where you arrived late: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-omitted-key-experience = This is the { $ordinal } interview where you left out a key experience: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-misread-body-language = This is the { $ordinal } interview where you worried about an interviewer's body language: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-technical-blank = This is the { $ordinal } interview where you blanked on a technical question: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-rambling = This is the { $ordinal } interview where your answers rambled: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-badmouthed-employer = This is the { $ordinal } interview where you spoke badly of an employer: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-no-questions-asked = This is the { $ordinal } interview where you had no questions for them: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-technical-failure = This is the { $ordinal } interview where the call had technical trouble: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-factual-error-about-company = This is the { $ordinal } interview where you got a fact about the company wrong: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.
plan-pattern-unclear-on-role = This is the { $ordinal } interview where you seemed unclear on the role: { $times ->
        [2] catch it now, before it becomes a habit
       *[other] a pattern now, not bad luck
    }.

## Article step 3: don't give up yet.
plan-encouragement-body-language = It may feel like a disaster, but all you logged is a worry about an interviewer's body language, and a face across the table is easy to misread. This is the moment many candidates give up; do not. Send the plain thank-you note, and let the rest of the interview speak for itself.
plan-encouragement-serious = This one hurt, but do not write it off. The people who interviewed you may one day be the ones hiring at a firm you want to join, and { $company } may well open another role; follow up so that their last impression of you is a composed one. And every interview, even a bad one, makes you better at the next.
plan-encouragement-disaster = It may feel like a disaster, but what you logged points to { $band ->
        [minor] little real harm
        [recoverable] harm that a good follow-up can repair
       *[serious] serious harm
    }. This is the moment many candidates give up; do not. { $band ->
        [minor] A short thank-you note keeps you in the running with { $company }
       *[other] A short, well-judged follow-up can still save this opportunity with { $company }
    }, and the people you met may matter to you later, whatever happens with this role.
plan-encouragement-not-selected = { $outcome ->
        [rejected] You did not get this one,
       *[withdrawn] You stepped away from this one,
    } but it is not wasted. The people who interviewed you may think of you for another role at { $company }, or one day hire at a firm you want to join, and every interview, even a bad one, makes you better at the next.
plan-encouragement-moving-on = { $outcome ->
        [offer] Congratulations! It felt like a disaster, yet you have an offer
       *[advanced] It felt like a disaster, yet you have advanced to the next round
    }: an interview usually looks better from across the table than it feels from the inside. Remember that the next time one feels this bad.

## Article step 4: the thank-you note (the note itself is in notes.ftl). $to is who it goes to, as plan-note-to says
## it; $path is recovery, went-well, moving-on or not-selected.
plan-note-to = { $named ->
        [yes] { $names }
       *[no] the interviewers
    }
plan-note-title = { $path ->
        [moving-on] Send a plain thank-you
        [not-selected] Reply graciously and keep the door open
       *[other] Send a short thank-you note
    }
plan-note-what-recovery = Send the note below to { $to } with the subject “{ $subject }”. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations.
plan-note-what-went-well = Send the note below to { $to } with the subject “{ $subject }”: a plain thank-you that restates your interest. Fill in the bracketed placeholders and keep it short.
plan-note-what-moving-on = Send the note below to { $to } with the subject “{ $subject }”: thank them for their time and say you look forward to { $outcome ->
        [offer] discussing the offer
       *[other] the next round
    }. Fill in the bracketed placeholders and keep it short.
plan-note-what-rejected = Reply to { $to }, starting from the note below (subject “{ $subject }”): thank them for their time and for letting you know, and say you would welcome hearing about future roles. If you would like to know what to improve, ask whether they could share brief feedback. Keep it short and warm; do not argue the decision or go back over what went wrong.
plan-note-what-withdrawn = Reply to { $to }, starting from the note below (subject “{ $subject }”): thank them for their time and their consideration, and say you would welcome hearing about future roles. Keep it short and warm; do not argue the decision or go back over what went wrong.
plan-note-send-by = Send it by { $due }.
plan-note-send-late = The ideal moment, within a day of the interview, has passed: send it anyway, soon.
plan-note-why-not-selected = { $outcome ->
        [rejected] You did not get this role
       *[other] You withdrew from this process
    }, but the people who interviewed you may decide differently later, think of you for another role at { $company }, or one day hire at a firm you want to join
plan-note-why-gracious = A gracious reply leaves them a better last impression than the interview did
plan-note-why-sets-straight = A thank-you note is basic courtesy and the natural place to set the record straight
plan-note-why-thanks-only = A thank-you note is basic courtesy; here it needs nothing more than your thanks
plan-note-why-courtesy = A thank-you note is basic courtesy and keeps you fresh in their minds
plan-note-why-adds = It adds: { $label }. A strength you forgot to mention is not a mistake to hide, so it belongs in the note whether or not they noticed
plan-note-why-repairs = It repairs: { $label } (noticed: certain)
plan-note-why-left-out-on-purpose = Left out of the note on purpose: “{ $title }”, since you are not sure they noticed it and the note should not point it out
# What the note has no room for, and where it goes: $written is one or two (the slips the note spends its words on),
# $parts preparation, reference or both; $prepare and $experiences are lists, $experiences quoted.
plan-note-unnamed-experience = [the experience]
plan-note-quoted-experience = “{ $experience }”
plan-note-why-no-room = To stay brief, the note spends its words on only { $written ->
        [one] the slip that matters
       *[two] the two slips that matter
    } most: { $parts ->
        [preparation] { $prepare } { $prepare_count ->
            [one] is
           *[other] are
        } left to your preparation for the next round
        [reference] { $experience_count ->
            [one] the experience it has no room for, { $experiences }, goes
           *[other] the experiences it has no room for, { $experiences }, go
        } to the reference you brief instead
       *[both] { $prepare } { $prepare_count ->
            [one] is
           *[other] are
        } left to your preparation for the next round, and { $experience_count ->
            [one] the experience it has no room for, { $experiences }, goes
           *[other] the experiences it has no room for, { $experiences }, go
        } to the reference you brief instead
    }
# "A", "A and B", "A, B and C": $init is the items but the last, joined with commas.
plan-list-and = { $init } and { $last }

## Article step 4 (references): tip off a trusted reference (the heads-up itself is in notes.ftl).
plan-tip-off-title = Brief a trusted reference
plan-tip-off-what = Pick the reference who knows this part of your work best, ideally a former manager, and send them the message below so they can mention it tactfully if the company calls. The interview is over, but the hiring process is not.
plan-tip-off-omitted-nothing = Nothing for a reference to add: a reference can vouch for experience you left out (“{ $omitted }”) or a strength a weak answer hid (“{ $weak }”), and you logged neither.
plan-tip-off-omitted-closed = The hiring process is over ({ $outcome ->
        [offer] you already have an offer
        [withdrawn] you withdrew
       *[rejected] you were rejected
    }), so no reference is likely to be called.

## Article step 5: a second interview, as a last resort.
plan-second-title = Ask for a second interview (last resort)
plan-second-what = Only if you feel you have nothing to lose, ask { $company } whether they would consider a second conversation for the { $role } role. Keep it short: { $has_circumstance ->
        [yes] say plainly what went wrong, mention the circumstance ({ $circumstance }) in one sentence without dwelling on it
       *[no] say plainly what went wrong, in one sentence and without excuses
    }, and say how much you want to join them. Be ready for a no: the request may well be refused. Companies rarely re-interview, since hiring already costs them time and money, and some take the request as a sign of weakness. Send it after the thank-you note, never instead of it.
plan-second-why-interest = The employer showed strong interest in you before the interview went wrong, and the decision is still open
plan-second-why-panel = You had reached the panel round
plan-second-why-final = You had reached the final round
plan-second-why-strengths = Your strengths ({ $strengths }) outnumber your weak spots ({ $weak })
plan-second-why-circumstance = You logged a reason beyond your control for “{ $title }” ({ $circumstance }), which makes your case stronger
plan-second-why-damage = Before your strengths are counted, the slips did { $band ->
        [minor] little real harm
        [recoverable] harm that a good follow-up can repair
       *[serious] serious harm
    }: enough to be worth making up for
plan-second-omitted = A second interview is a last resort, and it is not worth asking for here.
plan-second-omitted-not-selected = The process is over ({ $outcome ->
        [withdrawn] you withdrew
       *[rejected] you were not selected
    }), so a make-up interview is not on the table; the reply asks to be considered for future roles instead.
plan-second-omitted-moving-on = No second interview to ask for: { $outcome ->
        [offer] you have an offer
       *[advanced] you have advanced to the next round
    }.
plan-second-omitted-went-well = The interview went well, so there is nothing to make up for.
plan-second-unmet-minor = The slips themselves did little real harm, even before your strengths are counted, so the thank-you note is enough.
plan-second-unmet-interest-unknown = Nothing says the employer was leaning towards you. Record the employer's interest as strong on the interview only if they clearly were: they called you a front-runner, fast-tracked you, or the recruiter said so.
plan-second-unmet-interest-neutral = The employer's interest was ordinary rather than strong, and a do-over is only granted to a candidate they were already leaning towards.
plan-second-unmet-interest-weak = The employer seemed lukewarm, so the request would more likely count against you.

## Article step 6: the lessons, and what to prepare for next.
plan-lesson-on-hand = Have on hand next time: { $on_hand }.
plan-lesson-on-hand-question = Have on hand next time, for a question like “{ $question }”: { $on_hand }.
plan-lesson-line = { $title }: { $prevention }
plan-lesson-line-recurring = { $title } ({ $ordinal } time): { $prevention }
plan-lesson-why = You logged: { $label }
plan-lesson-why-recurring = You logged: { $label }, now in { $times } interviews
plan-lessons-omitted = No gaffes were logged, so there is nothing specific to prevent next time.
plan-lessons-omitted-learning = No slips were logged, so there is nothing specific to prevent next time; if the feedback you ask for names one, log it and generate a new plan.
plan-lessons-learning-title = Learn from it for next time
plan-lessons-learning-last = You did not get this one, and that is allowed: nobody wins every interview. Keep this list for your next interview, and stop replaying this one.
plan-lessons-forgive-title = Forgive yourself, keep the lessons
plan-lessons-forgive-last = Everyone has an off day. Go over this once, keep the list for your next interview, and stop replaying this one.
plan-lessons-offer-title = Prepare for the offer conversation
plan-lessons-offer-last = Before you answer the offer: compare it with the going rate for the role and the city, list what you still want to know about the role and the team, and decide what matters most to you.
plan-lessons-offer-why = You have an offer; what comes next is the offer conversation
plan-lessons-next-title = Prepare for the next round
plan-lessons-next-last = Before the next round: go over what went well, find out who you will meet and what the round covers, and have your questions for them and your salary range ready.
plan-lessons-next-why-advanced = You have advanced; the next round is what matters now
plan-lessons-next-why-open = If they invite you back, walk in ready

## The damage assessment (a plan's `assessment`, GET …/assessment, POST /v1/assessments/preview): why each gaffe and
## answer weighs what it does, what offsets it, and how the candidate's own rating compares. $points is an amount
## of points as the locale writes it ("2.5"), $amount the same number, for the plural.
plan-assessment-severity = "{ $title }" is a { $level ->
        [minor] minor
        [moderate] moderate
       *[serious] serious
    } gaffe (severity { $severity } of 10).
plan-assessment-noticed = { $noticed ->
        [certain] The interviewer certainly noticed it, so it counts in full.
        [likely] The interviewer probably noticed it, so it counts at three quarters of its weight.
        [unsure] You are not sure it was noticed, so it counts at half its weight.
       *[unlikely] It most likely went unnoticed, so it counts at only a quarter of its weight.
    }
plan-assessment-moment = { $moment ->
        [arrival] It happened on arrival, before the first question, when first impressions form, so it weighs a little more.
        [opening] It happened in the opening minutes, which colour the first impression, so it weighs a little more.
        [mid] It happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.
        [closing] It happened near the end, which interviewers tend to remember best, so it weighs a little more.
       *[after] It happened after the interview itself had ended, so it weighs a little less.
    }
plan-assessment-corrected = { $corrected ->
        [yes] You corrected it during the interview, which halves its weight.
       *[no] It was not corrected during the interview.
    }
plan-assessment-extenuating = You logged an extenuating circumstance ({ $circumstance }), which softens it a little; it would also support a request for a second interview.
plan-assessment-question = On { $has_text ->
        [yes] question { $number } ("{ $text }")
       *[no] question { $number }
    } { $quality ->
        [blanked] you blanked on it
       *[weak] your answer was weak
    }{ $linked ->
        [yes] ; the gaffe logged for it accounts for only part of that, so it adds { $amount ->
            [one] { $points } point
           *[other] { $points } points
        } more.
       *[no] {" "}and no gaffe is logged for it, so it adds { $amount ->
            [one] { $points } point
           *[other] { $points } points
        }.
    }
plan-assessment-strengths = { $count ->
        [one] You logged a strength, "{ $first }"; what went well counts in your favour.
       *[other] You logged { $count } strengths, such as "{ $first }"; what went well counts in your favour.
    }
plan-assessment-strong-answers = { $strong } of your { $total } { $total ->
        [one] answer
       *[other] answers
    } { $strong ->
        [one] was
       *[other] were
    } strong, which offsets some of the damage.
plan-assessment-offset-cap = Strengths can offset at most { $amount ->
        [one] { $points } point
       *[other] { $points } points
    }, so they soften serious gaffes without erasing them.
plan-assessment-felt-worse-went-well = You rated the interview { $rating } out of 5 and what you logged points to about { $evidence } out of 5: it went well, and there is nothing to recover from.
plan-assessment-felt-worse = You rated the interview { $rating } out of 5, but what you logged points to about { $evidence } out of 5. That gap is very common: straight after an interview, nerves make it look worse than it was. Give it a few hours, or a day, before deciding what to do.
plan-assessment-matches = Your own rating of { $rating } out of 5 matches what you logged, so you can plan the follow-up from a clear picture.
plan-assessment-felt-better = You rated the interview { $rating } out of 5, while what you logged points to about { $evidence } out of 5. It may have gone better than the list suggests, but it is worth a second look at the gaffes you marked as noticed before deciding no follow-up is needed.
