# Rebound's candidate-facing texts in English: the gaffe catalogue. Every message here has its twin, with the same
# variables, in ../fr-CA/catalogue.ftl (a test fails otherwise). Whole sentences only: a message is never glued from
# fragments.

## The gaffe catalogue (GET /v1/gaffe-kinds): for each kind, its title, its label (inside a sentence, lower case),
## its description, the tip for next time, the review's questions in order, and what to have on hand (reads after
## "have on hand:"). The English must stay word for word what crates/rebound-domain/src/catalogue.rs holds (a test
## compares them), since the rules still read that file.

## wrong_interviewer_name
gaffe-wrong-interviewer-name-title = Wrong interviewer name
gaffe-wrong-interviewer-name-label = wrong interviewer name
gaffe-wrong-interviewer-name-description = Addressed an interviewer by the wrong name, once or throughout. It stings, but it says little about how well you would do the job.
gaffe-wrong-interviewer-name-prevention = Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions.
gaffe-wrong-interviewer-name-question-1 = Which name did you use, and when did you notice?
gaffe-wrong-interviewer-name-question-2 = Did they correct you, or let it pass?
gaffe-wrong-interviewer-name-question-3 = Where could you have checked the names beforehand?
gaffe-wrong-interviewer-name-on-hand = every interviewer's name, spelling and title, from the invitation

## inappropriate_attire
gaffe-inappropriate-attire-title = Attire that missed the mark
gaffe-inappropriate-attire-label = attire that missed the mark
gaffe-inappropriate-attire-description = Wore something that did not suit the setting or the company's dress code, such as the wrong shoes.
gaffe-inappropriate-attire-prevention = Ask the recruiter what people wear at the office, and lay out the whole outfit, shoes included, the evening before.
gaffe-inappropriate-attire-question-1 = What exactly was off, and could they even see it?
gaffe-inappropriate-attire-question-2 = Did anyone remark on it, or was it only in your head?
gaffe-inappropriate-attire-question-3 = How could you have found out the dress code beforehand?
gaffe-inappropriate-attire-on-hand = the dress code, asked of the recruiter in advance

## salary_blank
gaffe-salary-blank-title = No answer on salary
gaffe-salary-blank-label = no answer on salary
gaffe-salary-blank-description = Froze, or gave a vague answer, when asked what pay you expect for the role.
gaffe-salary-blank-prevention = Research the going rate for the role and the city, and prepare a range you can state in one calm sentence.
gaffe-salary-blank-question-1 = What exactly did they ask, and what did you say?
gaffe-salary-blank-question-2 = Which figure would have let you answer in one calm sentence: the going rate, your current pay, your floor?
gaffe-salary-blank-question-3 = What would a confident answer have sounded like?
gaffe-salary-blank-on-hand = the going rate for the role in your city and the range you will ask for

## inappropriate_question
gaffe-inappropriate-question-title = Off-limits question
gaffe-inappropriate-question-label = off-limits question
gaffe-inappropriate-question-description = Asked the interviewers something that does not belong in an interview, such as how soon you could take time off, or something personal.
gaffe-inappropriate-question-prevention = Prepare three questions about the team, the work and how success is measured, and keep perks and time off for the offer stage.
gaffe-inappropriate-question-question-1 = What exactly did you ask, and how did they respond?
gaffe-inappropriate-question-question-2 = What did you really want to know, and how could you have asked it at the right stage?
gaffe-inappropriate-question-question-3 = Which questions about the team or the work would have served you better?
gaffe-inappropriate-question-on-hand = three questions about the team, the work and how success is measured

## weak_behavioral_answer
gaffe-weak-behavioral-answer-title = Weak behavioural answer
gaffe-weak-behavioral-answer-label = weak behavioural answer
gaffe-weak-behavioral-answer-description = Gave a thin or unconvincing answer to a situational question, such as how you would handle a difficult coworker.
gaffe-weak-behavioral-answer-prevention = Keep four or five short stories ready (situation, what you did, the result) covering conflict, a failure, leadership and pressure.
gaffe-weak-behavioral-answer-question-1 = Why, looking back, was the answer weak: too vague, no example, or no result?
gaffe-weak-behavioral-answer-question-2 = Which real situation from your work would have answered it, with what you did and how it ended?
gaffe-weak-behavioral-answer-question-3 = How might the answer have coloured their view of how you work with people?
gaffe-weak-behavioral-answer-on-hand = a short story for each common theme (conflict, failure, leadership, pressure), with the result

## late
gaffe-late-title = Arrived late
gaffe-late-label = late arrival
gaffe-late-description = Turned up after the agreed time, or joined the call late, and started the interview flustered.
gaffe-late-prevention = Plan the route the day before and leave an hour or two earlier than you think you need.
gaffe-late-question-1 = How late were you, and did you let them know before the start time?
gaffe-late-question-2 = What made you late, and was any of it in your control?
gaffe-late-question-3 = How much did it rattle you for the rest of the interview?
gaffe-late-on-hand = the address, the route, the travel time with a margin, and a phone number to call if you are delayed

## omitted_key_experience
gaffe-omitted-key-experience-title = Left out key experience
gaffe-omitted-key-experience-label = key experience left out
gaffe-omitted-key-experience-description = Forgot to bring up an achievement or a part of your background that matters for this role.
gaffe-omitted-key-experience-prevention = List the three parts of your experience that fit the role best, and tick them off as you mention them.
gaffe-omitted-key-experience-question-1 = Which experience did you leave out, and which question was it the answer to?
gaffe-omitted-key-experience-question-2 = Why did it not come to mind: nerves, or no list to check against?
gaffe-omitted-key-experience-question-3 = How would you put it in one or two sentences now?
gaffe-omitted-key-experience-on-hand = a short list of the experiences that fit the role best, with one figure each

## misread_body_language
gaffe-misread-body-language-title = Worrying body language
gaffe-misread-body-language-label = worry about body language
gaffe-misread-body-language-description = An interviewer frowned, looked away or seemed bored, and you took it as a bad sign. Signals like these are usually read into far more than they mean.
gaffe-misread-body-language-prevention = Judge how it went by what was said rather than by faces; plenty of interviewers look stern simply because they are concentrating.
gaffe-misread-body-language-question-1 = What exactly did you see, and what else could explain it?
gaffe-misread-body-language-question-2 = Did anything they said back it up?
gaffe-misread-body-language-question-3 = Apart from that look, how did the conversation itself go?
gaffe-misread-body-language-on-hand = nothing beyond your usual preparation; judge the interview by what was said

## technical_blank
gaffe-technical-blank-title = Blank on a technical question
gaffe-technical-blank-label = blank on a technical question
gaffe-technical-blank-description = Could not work through a technical question, such as a valuation, accounting or modelling problem.
gaffe-technical-blank-prevention = Revise the technical topics the posting lists, and practise reasoning out loud so a hard question still gets a structured attempt.
gaffe-technical-blank-question-1 = Which question was it, and where exactly did you get stuck?
gaffe-technical-blank-question-2 = What would you have needed to know, or to have practised, to work through it?
gaffe-technical-blank-question-3 = How would you answer it now, step by step?
gaffe-technical-blank-on-hand = the technical topics the posting lists, with a worked example of each

## rambling
gaffe-rambling-title = Rambling answers
gaffe-rambling-label = rambling answers
gaffe-rambling-description = Answers ran long and drifted away from the question that was asked.
gaffe-rambling-prevention = Practise answering in under two minutes: the point first, one example, then stop.
gaffe-rambling-question-1 = Which answers ran long, and what was the point each should have made?
gaffe-rambling-question-2 = Did you lose the thread, or keep adding examples?
gaffe-rambling-question-3 = How would each answer sound in under two minutes?
gaffe-rambling-on-hand = a one-line point for each answer you expect to give

## badmouthed_employer
gaffe-badmouthed-employer-title = Spoke badly of an employer
gaffe-badmouthed-employer-label = speaking badly of an employer
gaffe-badmouthed-employer-description = Criticised a current or former employer, manager or colleague.
gaffe-badmouthed-employer-prevention = Prepare a neutral, forward-looking reason for moving on, and describe past difficulties in terms of what you learned from them.
gaffe-badmouthed-employer-question-1 = What exactly did you say about them, and what prompted it?
gaffe-badmouthed-employer-question-2 = How could you have answered the same question without criticising anyone?
gaffe-badmouthed-employer-question-3 = How might it have coloured their view of you as a future colleague?
gaffe-badmouthed-employer-on-hand = a neutral, forward-looking reason for moving on, in one sentence

## no_questions_asked
gaffe-no-questions-asked-title = No questions for them
gaffe-no-questions-asked-label = no questions for them
gaffe-no-questions-asked-description = Had nothing to ask when the interviewers invited questions at the end.
gaffe-no-questions-asked-prevention = Write a few questions about the team and the work before every interview, and bring the list with you.
gaffe-no-questions-asked-question-1 = What did you want to know about the role or the team but not think to ask?
gaffe-no-questions-asked-question-2 = Were your questions already answered during the interview, and did you say so?
gaffe-no-questions-asked-question-3 = Which two questions would have shown your interest best?
gaffe-no-questions-asked-on-hand = a written list of questions about the team and the work

## technical_failure
gaffe-technical-failure-title = Technical trouble on the call
gaffe-technical-failure-label = technical trouble on the call
gaffe-technical-failure-description = Sound, video or the connection failed during a remote interview.
gaffe-technical-failure-prevention = Test the link, camera and microphone half an hour early, and keep a dial-in number handy in case the connection drops.
gaffe-technical-failure-question-1 = What failed, and for how long?
gaffe-technical-failure-question-2 = What did you do to recover: rejoin, switch to the phone, let them know?
gaffe-technical-failure-question-3 = Was anything important lost because of it?
gaffe-technical-failure-on-hand = the meeting link, a tested setup, and a dial-in number as a fallback

## factual_error_about_company
gaffe-factual-error-about-company-title = Wrong fact about the company
gaffe-factual-error-about-company-label = wrong fact about the company
gaffe-factual-error-about-company-description = Said something about the company, its results or its products that was not right.
gaffe-factual-error-about-company-prevention = Read the company's latest annual report and news the day before, and note the figures you may want to quote.
gaffe-factual-error-about-company-question-1 = What did you get wrong, and what is the right fact?
gaffe-factual-error-about-company-question-2 = Did they correct you, or let it pass?
gaffe-factual-error-about-company-question-3 = Where would you have found the right figure beforehand?
gaffe-factual-error-about-company-on-hand = the company's latest results, products and news, with the figures you may quote

## unclear_on_role
gaffe-unclear-on-role-title = Unclear on the role
gaffe-unclear-on-role-label = seeming unclear on the role
gaffe-unclear-on-role-description = Seemed unsure what the job involves or how it fits into the team.
gaffe-unclear-on-role-prevention = Reread the posting and prepare two sentences on what the role does and why your background fits it.
gaffe-unclear-on-role-question-1 = Which part of the role were you unsure about?
gaffe-unclear-on-role-question-2 = What in the posting or the conversation could have told you?
gaffe-unclear-on-role-question-3 = How would you describe the role and your fit in two sentences now?
gaffe-unclear-on-role-on-hand = the posting, reread, and two sentences on what the role does and why you fit it
