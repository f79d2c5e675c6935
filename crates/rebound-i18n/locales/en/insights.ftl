# Rebound's candidate-facing texts in English: insights. Every message has its twin, with the same variables, in
# ../fr-CA/insights.ftl (a test fails otherwise). Whole sentences only: a message is never glued from fragments.

## The one-line summary (GET /v1/candidates/{id}/insights, `summary`): the damage over the last interviews, then the
## slip that keeps coming back. $count is how many interviews the trend shows (1, or 2 and more); $direction falling,
## rising or steady; $scores the scores joined by arrows; $window how many, in words (insight-cardinal); $recurring
## none (one interview), none-yet or yes; $slip the catalogue label of the top recurring kind, $seen in how many of
## the $total interviews; $others none, one or many, $others_words how many in words.
insight-summary-none = No interviews logged yet: log one to see how your interviews are going.
insight-summary = { $count ->
        [one] One interview logged so far, with a damage score of { $score } ({ $band ->
            [minor] minor
            [recoverable] recoverable
           *[serious] serious
        }); log the next ones to see a trend
       *[other] { $direction ->
            [falling] Damage is falling
            [rising] Damage is rising
           *[steady] Damage is holding steady
        }: { $scores } over your last { $window } interviews
    }{ $recurring ->
        [none] .
        [none-yet] ; no slip has come back so far.
       *[yes] ; { $slip } keeps coming back ({ $seen } of { $total } interviews){ $others ->
            [none] .
            [one] , and one other slip recurs too.
           *[many] , and { $others_words } other slips recur too.
        }
    }
# A number in words, as the summary counts interviews and slips: "three interviews", "two other slips".
insight-cardinal = { $n ->
        [0] no
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
       *[other] { $n }
    }

## How the candidate's own ratings compare with the evidence (`self_rating.note`): $own and $evidence are averages
## out of 5 as the locale writes them ("1.5"), $count how many interviews were rated.
insight-self-rating-catastrophises = On average you rate { $count ->
        [one] your interview
       *[other] your interviews
    } { $own } out of 5, while what you logged points to about { $evidence }. You are harder on yourself than the evidence is: before deciding an interview went badly, give it a day and go over what actually happened.
insight-self-rating-calibrated = On average you rate { $count ->
        [one] your interview
       *[other] your interviews
    } { $own } out of 5 and what you logged points to about { $evidence }: your own read of how an interview went is a good guide, so trust it when you plan your follow-up.
insight-self-rating-optimistic = On average you rate { $count ->
        [one] your interview
       *[other] your interviews
    } { $own } out of 5, while what you logged points to about { $evidence }. Confidence is an asset; just make sure the review after each interview looks squarely at the slips you logged, so they are fixed before the next one.
