# Les textes de Rebound destinés aux candidats, en français canadien : insights. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/insights.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.

## Le résumé en une ligne (GET /v1/candidates/{id}/insights, `summary`) : les dégâts des dernières entrevues, puis le
## faux pas qui revient. $count : combien d’entrevues montre la tendance (1, ou 2 et plus); $direction falling, rising
## ou steady; $scores les scores reliés par des flèches; $window leur nombre en lettres (insight-cardinal);
## $recurring none (une seule entrevue), none-yet ou yes; $slip le libellé du catalogue du faux pas qui revient le
## plus, $seen dans combien des $total entrevues; $others none, one ou many, $others_words combien, en lettres.
insight-summary-none = Aucune entrevue enregistrée pour l’instant : ajoutez-en une pour suivre l’évolution de vos entrevues.
insight-summary = { $count ->
        [one] Une seule entrevue enregistrée jusqu’ici, avec un score de dégâts de { $score }, soit { $band ->
            [minor] des dégâts mineurs
            [recoverable] des dégâts réparables
           *[serious] des dégâts graves
        }; ajoutez les prochaines pour voir se dessiner une tendance
       *[other] { $direction ->
            [falling] Les dégâts diminuent
            [rising] Les dégâts augmentent
           *[steady] Les dégâts restent stables
        } : { $scores } sur vos { $window } dernières entrevues
    }{ $recurring ->
        [none] .
        [none-yet] ; aucun faux pas n’est revenu jusqu’ici.
       *[yes] ; le faux pas qui revient le plus : { $slip } ({ $seen } entrevues sur { $total }){ $others ->
            [none] .
            [one] , et un autre faux pas revient aussi.
           *[many] , et { $others_words } autres faux pas reviennent aussi.
        }
    }
# Un nombre en lettres, pour compter les entrevues et les faux pas : « trois entrevues », « deux autres faux pas ».
insight-cardinal = { $n ->
        [0] aucun
        [1] un
        [2] deux
        [3] trois
        [4] quatre
        [5] cinq
        [6] six
        [7] sept
        [8] huit
        [9] neuf
        [10] dix
       *[other] { $n }
    }

## L’écart entre les notes que se donne le candidat et les faits (`self_rating.note`) : $own et $evidence sont des
## moyennes sur 5 écrites à la française (« 1,5 »), $count le nombre d’entrevues notées.
insight-self-rating-catastrophises = En moyenne, vous donnez { $own } sur 5 à { $count ->
        [one] votre entrevue
       *[other] vos entrevues
    }, alors que ce que vous avez noté indique environ { $evidence }. Vous vous jugez plus sévèrement que les faits ne le font : avant de conclure qu’une entrevue a mal tourné, laissez passer une journée et revoyez ce qui s’est réellement passé.
insight-self-rating-calibrated = En moyenne, vous donnez { $own } sur 5 à { $count ->
        [one] votre entrevue
       *[other] vos entrevues
    }, et ce que vous avez noté indique environ { $evidence } : votre propre lecture d’une entrevue est un bon guide, alors fiez-vous-y pour planifier votre suivi.
insight-self-rating-optimistic = En moyenne, vous donnez { $own } sur 5 à { $count ->
        [one] votre entrevue
       *[other] vos entrevues
    }, alors que ce que vous avez noté indique environ { $evidence }. La confiance est un atout; assurez-vous simplement que le bilan de chaque entrevue examine sans détour les faux pas que vous avez notés, pour qu’ils soient corrigés avant la prochaine.
