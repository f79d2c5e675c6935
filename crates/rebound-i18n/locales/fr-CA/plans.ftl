# Les textes de Rebound destinés aux candidats, en français canadien : plans. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/plans.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.

## Le plan en calendrier (GET …/recovery-plans/{id}/calendar.ics et ses abonnements) : le nom et la description.
plan-calendar-name = Plan de rebond Rebound
plan-calendar-description = Quoi faire après l’entrevue, étape par étape. Les étapes que vous terminez ou laissez tomber sont annulées ici.

## Les heures dans les textes du plan. $weekday de 1 (lundi) à 7, $day le quantième (1 s’écrit 1er), $month de 1
## à 12, $year, $time l’heure telle qu’on l’écrit (9 h, 9 h 30), sur 24 heures.
plan-when = { $weekday ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year } à { $time }
plan-time-zoned = { $when } (heure de { $place })
plan-time-utc = { $when } UTC
plan-elapsed-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
plan-elapsed-hours = { $hours ->
        [one] 1 heure
       *[other] { $hours } heures
    }
plan-elapsed-days = { $days } jours
# Le rang, au féminin (une entrevue, une fois) : « la troisième entrevue », « (deuxième fois) ».
plan-ordinal = { $times ->
        [1] première
        [2] deuxième
        [3] troisième
        [4] quatrième
        [5] cinquième
        [6] sixième
        [7] septième
        [8] huitième
        [9] neuvième
        [10] dixième
       *[other] { $times }e
    }

## Ce que plusieurs étapes partagent.
plan-gaffe-why = { $title } (remarqué : { $noticed ->
        [certain] à coup sûr
        [likely] probablement
        [unlikely] probablement pas
       *[unsure] peut-être
    })
plan-gaffe-why-described = { $title } (remarqué : { $noticed ->
        [certain] à coup sûr
        [likely] probablement
        [unlikely] probablement pas
       *[unsure] peut-être
    }) : { $description }
plan-moment-arrival = à l’arrivée
plan-moment-opening = au début
plan-moment-mid = en cours d’entrevue
plan-moment-closing = à la fin
plan-moment-after = après l’entrevue
plan-strong-answer = une réponse solide à « { $question } »
plan-your-answer-to = votre réponse à « { $question } »
plan-body-language-reason = La seule inquiétude notée porte sur le langage corporel d’un intervieweur, qu’on a vite fait de surinterpréter; chercher à rattraper quoi que ce soit pourrait attirer l’attention sur un problème qui n’existe peut-être pas.

## Étape 1 de l’article : la pause.
plan-cool-off-title = Prenez une pause avant d’agir
plan-cool-off-what = Ne tentez aucun rattrapage avant le { $until }. D’ici là, changez-vous les idées. Ensuite, évaluez de nouveau l’entrevue de 1 à 5 : à chaud, une entrevue paraît presque toujours pire qu’elle ne l’a été.
plan-cool-off-why-rating = Vous avez donné { $rating }/5 à l’entrevue tout de suite après; plus la note est basse, plus la pause est longue
plan-cool-off-why-elapsed = Le plan est établi { $elapsed } après l’entrevue
plan-cool-off-omitted-went-well = Rien à rattraper : ce que vous avez noté a fait bien peu de tort et vous avez donné { $rating }/5 à l’entrevue. Il n’y a donc aucun rattrapage à retarder.
plan-cool-off-omitted-moving-on = { $outcome ->
        [offer] Vous avez reçu une offre
       *[advanced] Vous passez à l’étape suivante
    } : il n’y a donc aucun rattrapage à retarder.
plan-cool-off-omitted-not-selected = La décision est prise ({ $outcome ->
        [withdrawn] vous avez retiré votre candidature
       *[rejected] votre candidature n’a pas été retenue
    }) : il n’y a donc aucun rattrapage à retarder. Prenez tout le temps qu’il vous faut avant de répondre.
plan-cool-off-omitted-late = L’entrevue a eu lieu il y a { $elapsed }, au-delà de la pause de { $hours } heures suggérée pour une entrevue notée { $rating }/5. Les émotions ont eu le temps de retomber : passez directement au bilan.

## Étape 2 : le bilan.
plan-review-title = { $learning ->
        [yes] Faites le bilan de l’entrevue pour en tirer des leçons
       *[no] Faites le bilan de l’entrevue, à froid
    }
plan-review-learning-opening = { $outcome ->
        [withdrawn] Vous avez retiré votre candidature
       *[rejected] Votre candidature n’a pas été retenue
    } : ce bilan est pour vous, pas pour eux. Repassez l’entrevue une fois, calmement, pour ce qu’elle peut vous apprendre.
plan-review-rerate = Maintenant que vous avez un peu de recul, évaluez d’abord l’entrevue de nouveau, de 1 à 5, et comparez avec votre impression à chaud.
plan-review-body-language-caution = Prudence : la seule chose qui vous inquiète, c’est le langage corporel d’un intervieweur. On surinterprète facilement les expressions du visage; un regard impassible traduit souvent la concentration, la fatigue ou une grosse journée. À moins que quelque chose ait vraiment été dit, voyez-y un indice bien mince et ne tentez aucun rattrapage à ce sujet.
plan-review-gaffe = { $has_moment ->
        [yes] { $title } ({ $moment })
       *[no] { $title }
    }{ $has_description ->
        [yes]  : « { $description } »
       *[no] {""}
    }{ $has_question ->
        [yes] , à la question « { $question } »
       *[no] {""}
    }.
plan-review-corrected = Vous l’avez corrigé sur-le-champ, ce qui limite déjà les dégâts.
plan-review-weak-answer = Votre réponse à « { $question } » était faible. Pourquoi, avec le recul? Quelle meilleure réponse auriez-vous pu donner, et de quelle information auriez-vous eu besoin pour la donner avec assurance?
plan-review-blanked = Vous avez eu un blanc à « { $question } ». De quelle information auriez-vous eu besoin pour y répondre avec assurance, et qu’aurait dit une réponse solide?
plan-review-went-well-none = Ce qui a bien été : rien de noté pour l’instant. Nommez au moins trois choses que vous avez bien faites; il y en a presque toujours.
plan-review-went-well = Ce qui a bien été : { $list }.
plan-review-went-badly-none = Ce qui a mal été : rien de précis de noté. Si l’entrevue vous laisse encore un mauvais souvenir, nommez le moment où elle a basculé.
plan-review-went-badly = Ce qui a mal été : { $list }. Comparez honnêtement les deux listes; { $learning ->
        [yes] l’une comme l’autre ont quelque chose à vous apprendre.
       *[no] ce n’est peut-être pas la débâcle que vous avez ressentie.
    }
plan-review-why = { $learning ->
        [yes] Ce qui a mal tourné ne compte plus que comme leçon pour la prochaine entrevue
       *[no] On ne peut réparer qu’après avoir compris exactement ce qui a mal tourné
    }
plan-review-why-recurring = { $earlier ->
        [one] Déjà noté lors d’une entrevue précédente : { $label }
       *[other] Déjà noté lors de { $earlier } entrevues précédentes : { $label }
    }
plan-review-why-body-language = Le langage corporel est le seul indice noté
plan-went-well-title = Notez ce qui a bien été
plan-went-well-fresh-none = Pendant que c’est frais, notez les trois choses qui ont le mieux fonctionné : les réponses qui ont porté, les moments de complicité, la préparation qui a payé.
plan-went-well-fresh = Pendant que c’est frais, notez ce qui a bien été : { $list }. Ajoutez tout ce qui a porté, pour pouvoir le refaire.
plan-went-well-congratulations = Félicitations pour l’offre de { $company } : vous l’avez méritée.
plan-went-well-sharpen = À peaufiner avant la prochaine entrevue : { $list }.
plan-went-well-sharpen-recurring = { $label } ({ $ordinal } fois)
plan-went-well-why-moving-on = { $outcome ->
        [offer] Vous avez reçu une offre
       *[advanced] Vous passez à l’étape suivante
    } : il n’y a rien à disséquer
plan-went-well-why-went-well = Ce que vous avez noté a fait bien peu de tort et vous avez donné { $rating }/5 à l’entrevue : elle s’est bien passée, il n’y a rien à disséquer
plan-went-well-why-next = Savoir ce qui a fonctionné vous permet de le refaire à la prochaine étape
# Un type de faux pas déjà noté lors d’entrevues précédentes, nommé comme une tendance ($ordinal : « troisième »).
plan-pattern-wrong-interviewer-name = C’est la { $ordinal } entrevue où vous vous trompez sur le nom d’un intervieweur : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-inappropriate-attire = C’est la { $ordinal } entrevue où votre tenue tombe à côté : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-salary-blank = C’est la { $ordinal } entrevue où vous restez sans réponse sur le salaire : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-inappropriate-question = C’est la { $ordinal } entrevue où vous posez une question déplacée : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-weak-behavioral-answer = C’est la { $ordinal } entrevue où vous donnez une réponse comportementale faible : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-late = C’est la { $ordinal } entrevue où vous arrivez en retard : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-omitted-key-experience = C’est la { $ordinal } entrevue où vous passez sous silence une expérience clé : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-misread-body-language = C’est la { $ordinal } entrevue où le langage corporel d’un intervieweur vous inquiète : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-technical-blank = C’est la { $ordinal } entrevue où vous bloquez sur une question technique : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-rambling = C’est la { $ordinal } entrevue où vos réponses partent dans tous les sens : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-badmouthed-employer = C’est la { $ordinal } entrevue où vous critiquez un employeur : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-no-questions-asked = C’est la { $ordinal } entrevue où vous n’avez aucune question à leur poser : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-technical-failure = C’est la { $ordinal } entrevue où l’appel connaît des problèmes techniques : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-factual-error-about-company = C’est la { $ordinal } entrevue où vous vous trompez sur un fait concernant l’entreprise : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.
plan-pattern-unclear-on-role = C’est la { $ordinal } entrevue où vous semblez mal saisir le poste : { $times ->
        [2] corrigez le tir maintenant, avant que ça devienne une habitude
       *[other] c’est devenu une tendance, pas de la malchance
    }.

## Étape 3 : ne pas baisser les bras.
plan-encouragement-body-language = Vous avez peut-être l’impression d’avoir tout raté, mais vous n’avez noté qu’une inquiétude au sujet du langage corporel d’un intervieweur, et un visage de l’autre côté de la table se lit facilement de travers. C’est le moment où bien des candidats abandonnent; ne faites pas comme eux. Envoyez le simple mot de remerciement et laissez le reste de l’entrevue parler pour vous.
plan-encouragement-serious = Celle-là fait mal, mais ne faites pas une croix dessus. Les personnes qui vous ont fait passer l’entrevue pourraient un jour embaucher dans une entreprise où vous rêvez d’entrer, et { $company } pourrait bien ouvrir un autre poste : faites un suivi pour leur laisser le souvenir de quelqu’un de posé. Et chaque entrevue, même ratée, vous prépare mieux à la suivante.
plan-encouragement-disaster = Vous avez peut-être l’impression d’avoir tout raté, mais ce que vous avez noté { $band ->
        [minor] a fait bien peu de tort
        [recoverable] a fait un tort qu’un bon suivi peut réparer
       *[serious] a fait un tort sérieux
    }. C’est le moment où bien des candidats abandonnent; ne faites pas comme eux. { $band ->
        [minor] Un court mot de remerciement vous garde dans la course chez { $company }
       *[other] Un suivi bref et bien pesé peut encore sauver cette occasion chez { $company }
    }, et les personnes que vous avez rencontrées pourraient compter pour vous plus tard, quoi qu’il advienne de ce poste.
plan-encouragement-not-selected = { $outcome ->
        [rejected] Ce poste vous a échappé,
       *[withdrawn] Vous avez choisi de ne pas aller plus loin cette fois,
    } mais rien n’est perdu. Les personnes qui vous ont fait passer l’entrevue pourraient penser à vous pour un autre poste chez { $company }, ou embaucher un jour dans une entreprise où vous voulez entrer, et chaque entrevue, même ratée, vous prépare mieux à la suivante.
plan-encouragement-moving-on = { $outcome ->
        [offer] Félicitations! Vous aviez l’impression d’un désastre, et pourtant vous avez reçu une offre
       *[advanced] Vous aviez l’impression d’un désastre, et pourtant vous passez à l’étape suivante
    } : vue de l’autre côté de la table, une entrevue paraît généralement bien meilleure qu’on ne la vit de l’intérieur. Souvenez-vous-en la prochaine fois qu’une entrevue vous laissera cette impression.

## Étape 4 de l’article : le mot de remerciement (le mot lui-même est dans notes.ftl). $to dit à qui il va,
## préposition comprise (« à Hélène », « aux personnes… »); $path vaut recovery, went-well, moving-on ou not-selected.
plan-note-to = { $named ->
        [yes] à { $names }
       *[no] aux personnes qui ont mené l’entrevue
    }
plan-note-title = { $path ->
        [moving-on] Envoyez un simple mot de remerciement
        [not-selected] Répondez avec élégance et gardez la porte ouverte
       *[other] Envoyez un court mot de remerciement
    }
plan-note-what-recovery = Envoyez le mot ci-dessous { $to } (objet : { $subject }). Remplacez les éléments entre crochets et tenez-vous-en à l’essentiel; n’ajoutez ni excuses ni explications.
plan-note-what-went-well = Envoyez le mot ci-dessous { $to } (objet : { $subject }) : un simple remerciement qui réaffirme votre intérêt. Remplacez les éléments entre crochets et tenez-vous-en à l’essentiel.
plan-note-what-moving-on = Envoyez le mot ci-dessous { $to } (objet : { $subject }) : remerciez-les de leur temps et dites-leur que vous avez hâte { $outcome ->
        [offer] de discuter de l’offre
       *[other] de passer à la prochaine étape
    }. Remplacez les éléments entre crochets et tenez-vous-en à l’essentiel.
plan-note-what-rejected = Répondez { $to } à partir du mot ci-dessous (objet : { $subject }) : remerciez-les de leur temps et de vous avoir fait part de leur décision, et dites-leur que vous aimeriez qu’on pense à vous pour de futurs postes. Si vous voulez savoir quoi améliorer, demandez s’il serait possible d’obtenir une brève rétroaction. Gardez le message court et chaleureux; ne contestez pas la décision et ne revenez pas sur ce qui a mal tourné.
plan-note-what-withdrawn = Répondez { $to } à partir du mot ci-dessous (objet : { $subject }) : remerciez-les de leur temps et de l’attention portée à votre candidature, et dites-leur que vous aimeriez qu’on pense à vous pour de futurs postes. Gardez le message court et chaleureux; ne revenez ni sur la décision ni sur ce qui a mal tourné.
plan-note-send-by = Envoyez-le au plus tard le { $due }.
plan-note-send-late = Le moment idéal, dans la journée qui suit l’entrevue, est passé : envoyez-le quand même, sans tarder.
plan-note-why-not-selected = { $outcome ->
        [rejected] Vous n’avez pas obtenu ce poste
       *[other] Vous avez retiré votre candidature
    }, mais les personnes qui ont mené l’entrevue pourraient changer d’avis plus tard, penser à vous pour un autre poste chez { $company } ou, un jour, recruter pour une entreprise où vous aimeriez travailler
plan-note-why-gracious = Une réponse courtoise leur laissera une meilleure dernière impression que l’entrevue
plan-note-why-sets-straight = Un mot de remerciement relève de la simple politesse, et c’est l’endroit tout indiqué pour remettre les pendules à l’heure
plan-note-why-thanks-only = Un mot de remerciement relève de la simple politesse; ici, vos remerciements suffisent
plan-note-why-courtesy = Un mot de remerciement relève de la simple politesse et garde votre candidature bien présente à leur esprit
plan-note-why-adds = Le mot ajoute : { $label }. Une force oubliée n’est pas une erreur à cacher; elle a sa place dans le mot, qu’ils aient remarqué l’oubli ou non
plan-note-why-repairs = Le mot corrige : { $label } (remarqué : à coup sûr)
plan-note-why-left-out-on-purpose = Le mot passe volontairement sous silence « { $title } » : rien ne garantit qu’ils l’aient remarqué, et mieux vaut ne pas attirer l’attention dessus
# Ce que le mot n’a pas la place de dire, et où cela va : $written vaut one ou two (les faux pas dont le mot traite),
# $parts preparation, reference ou both; $prepare et $experiences sont des listes, $experiences entre guillemets.
plan-note-unnamed-experience = [l’expérience en question]
plan-note-quoted-experience = « { $experience } »
plan-note-why-no-room = Pour rester bref, le mot s’en tient { $written ->
        [one] au faux pas qui compte le plus
       *[two] aux deux faux pas qui comptent le plus
    } : { $parts ->
        [preparation] { $prepare_count ->
            [one] le point restant ({ $prepare }) est à travailler en vue de la prochaine étape
           *[other] les points restants ({ $prepare }) sont à travailler en vue de la prochaine étape
        }
        [reference] { $experience_count ->
            [one] l’expérience qu’il n’a pas la place de mentionner, { $experiences }, sera plutôt confiée à la référence que vous prévenez
           *[other] les expériences qu’il n’a pas la place de mentionner, { $experiences }, seront plutôt confiées à la référence que vous prévenez
        }
       *[both] { $prepare_count ->
            [one] le point restant ({ $prepare }) est à travailler en vue de la prochaine étape
           *[other] les points restants ({ $prepare }) sont à travailler en vue de la prochaine étape
        }, et { $experience_count ->
            [one] l’expérience qu’il n’a pas la place de mentionner, { $experiences }, sera plutôt confiée à la référence que vous prévenez
           *[other] les expériences qu’il n’a pas la place de mentionner, { $experiences }, seront plutôt confiées à la référence que vous prévenez
        }
    }
# « A », « A et B », « A, B et C » : $init est la liste sans le dernier élément, séparée par des virgules.
plan-list-and = { $init } et { $last }

## Étape 4 de l’article (références) : prévenir une référence de confiance (le message lui-même est dans notes.ftl).
plan-tip-off-title = Prévenez une référence de confiance
plan-tip-off-what = Choisissez la référence qui connaît le mieux cet aspect de votre travail, idéalement un ancien ou une ancienne gestionnaire, et envoyez-lui le message ci-dessous pour qu’elle puisse en glisser un mot avec tact si l’entreprise l’appelle. L’entrevue est terminée, mais le processus d’embauche, lui, ne l’est pas.
plan-tip-off-omitted-nothing = Rien qu’une référence puisse ajouter : une référence peut confirmer une expérience que vous avez omise (« { $omitted } ») ou une force qu’une réponse faible a masquée (« { $weak } »), et vous n’avez noté ni l’une ni l’autre.
plan-tip-off-omitted-closed = Le processus d’embauche est terminé ({ $outcome ->
        [offer] vous avez déjà une offre
        [withdrawn] vous avez retiré votre candidature
       *[rejected] votre candidature n’a pas été retenue
    }) : il est donc peu probable qu’on appelle une référence.

## Étape 5 : une deuxième entrevue, en dernier recours.
plan-second-title = Demandez une deuxième entrevue (dernier recours)
plan-second-what = Seulement si vous sentez que vous n’avez rien à perdre, demandez à { $company } s’il serait possible d’avoir une deuxième conversation pour le poste « { $role } ». Faites court : { $has_circumstance ->
        [yes] dites simplement ce qui a mal tourné, mentionnez la circonstance ({ $circumstance }) en une phrase sans vous y attarder
       *[no] dites simplement ce qui a mal tourné, en une phrase et sans excuses
    }, puis dites à quel point vous tenez à vous joindre à eux. Attendez-vous à un refus : la demande pourrait bien être déclinée. Les entreprises refont rarement passer une entrevue, puisque l’embauche leur coûte déjà du temps et de l’argent, et certaines y voient un signe de faiblesse. Envoyez-la après le mot de remerciement, jamais à sa place.
plan-second-why-interest = L’employeur vous a montré un vif intérêt avant que l’entrevue ne dérape, et la décision n’est pas encore prise
plan-second-why-panel = Vous aviez atteint l’entrevue en comité
plan-second-why-final = Vous aviez atteint la dernière étape
plan-second-why-strengths = Vos forces ({ $strengths }) l’emportent en nombre sur vos points faibles ({ $weak })
plan-second-why-circumstance = Vous avez noté une raison indépendante de votre volonté pour « { $title } » ({ $circumstance }), ce qui renforce votre demande
plan-second-why-damage = Avant même de compter vos forces, les faux pas { $band ->
        [minor] ont fait bien peu de tort
        [recoverable] ont fait un tort qu’un bon suivi peut réparer
       *[serious] ont fait un tort sérieux
    } : assez pour valoir la peine d’être rattrapés
plan-second-omitted = Une deuxième entrevue est un dernier recours, et il ne vaut pas la peine de la demander ici.
plan-second-omitted-not-selected = Le processus est terminé ({ $outcome ->
        [withdrawn] vous avez retiré votre candidature
       *[rejected] votre candidature n’a pas été retenue
    }) : une entrevue de rattrapage n’est donc pas envisageable. Votre réponse demande plutôt qu’on pense à vous pour de futurs postes.
plan-second-omitted-moving-on = Aucune deuxième entrevue à demander : { $outcome ->
        [offer] vous avez reçu une offre
       *[advanced] vous passez à l’étape suivante
    }.
plan-second-omitted-went-well = L’entrevue s’est bien passée : il n’y a rien à rattraper.
plan-second-unmet-minor = Les faux pas eux-mêmes ont fait bien peu de tort, avant même de compter vos forces : le mot de remerciement suffit.
plan-second-unmet-interest-unknown = Rien n’indique que l’employeur penchait en votre faveur. N’inscrivez un intérêt fort de l’employeur sur l’entrevue que si c’était clairement le cas : on vous a dit que vous étiez en tête, on a accéléré votre processus, ou le recruteur vous l’a laissé entendre.
plan-second-unmet-interest-neutral = L’intérêt de l’employeur était ordinaire plutôt que fort, et on n’accorde une reprise qu’aux candidats vers qui on penchait déjà.
plan-second-unmet-interest-weak = L’employeur semblait tiède : la demande jouerait plutôt contre vous.

## Étape 6 : les leçons, et ce qu’il faut préparer pour la suite.
plan-lesson-on-hand = À avoir sous la main la prochaine fois : { $on_hand }.
plan-lesson-on-hand-question = À avoir sous la main la prochaine fois, pour une question comme « { $question } » : { $on_hand }.
plan-lesson-line = { $title } : { $prevention }
plan-lesson-line-recurring = { $title } ({ $ordinal } fois) : { $prevention }
plan-lesson-why = Vous avez noté : { $label }
plan-lesson-why-recurring = Vous avez noté : { $label }, maintenant dans { $times } entrevues
plan-lessons-omitted = Aucune gaffe n’a été notée, donc rien de précis à prévenir pour la prochaine fois.
plan-lessons-omitted-learning = Aucun faux pas n’a été noté, donc rien de précis à prévenir pour la prochaine fois; si les commentaires que vous demanderez en nomment un, notez-le et générez un nouveau plan.
plan-lessons-learning-title = Tirez-en des leçons pour la prochaine fois
plan-lessons-learning-last = Ce poste vous a échappé, et c’est permis : personne ne réussit toutes ses entrevues. Gardez cette liste pour votre prochaine entrevue, et arrêtez de repasser celle-ci en boucle.
plan-lessons-forgive-title = Pardonnez-vous, mais gardez les leçons
plan-lessons-forgive-last = Tout le monde a ses mauvais jours. Relisez ceci une fois, gardez la liste pour votre prochaine entrevue, et arrêtez de repasser celle-ci en boucle.
plan-lessons-offer-title = Préparez la discussion sur l’offre
plan-lessons-offer-last = Avant de répondre à l’offre : comparez-la au salaire courant pour ce poste dans votre ville, dressez la liste de ce que vous voulez encore savoir sur le poste et l’équipe, et décidez de ce qui compte le plus pour vous.
plan-lessons-offer-why = Vous avez reçu une offre; la suite, c’est la discussion sur l’offre
plan-lessons-next-title = Préparez la prochaine étape
plan-lessons-next-last = Avant la prochaine étape : revoyez ce qui a bien été, renseignez-vous sur les personnes que vous rencontrerez et sur ce que l’étape couvrira, et ayez en main vos questions pour eux et votre fourchette salariale.
plan-lessons-next-why-advanced = Vous passez à l’étape suivante; c’est elle qui compte maintenant
plan-lessons-next-why-open = S’ils vous convoquent de nouveau, présentez-vous avec une longueur d’avance

## L’évaluation des dégâts (le champ `assessment` d’un plan, GET …/assessment, POST /v1/assessments/preview) : ce que
## pèse chaque faux pas et chaque réponse, ce qui les compense, et l’écart avec la note du candidat. $points est un
## nombre de points tel qu’on l’écrit (« 2,5 »), $amount le même nombre, pour l’accord.
plan-assessment-severity = « { $title } » est un faux pas { $level ->
        [minor] mineur
        [moderate] modéré
       *[serious] grave
    } (gravité de { $severity } sur 10).
plan-assessment-noticed = { $noticed ->
        [certain] L’intervieweur l’a remarqué à coup sûr : il compte donc en entier.
        [likely] L’intervieweur l’a probablement remarqué : il compte donc pour les trois quarts de son poids.
        [unsure] Vous ne savez pas s’il a été remarqué : il compte donc pour la moitié de son poids.
       *[unlikely] Il est sans doute passé inaperçu : il ne compte donc que pour le quart de son poids.
    }
plan-assessment-moment = { $moment ->
        [arrival] C’est arrivé dès l’arrivée, avant la première question, au moment où la première impression se forme : il pèse donc un peu plus.
        [opening] C’est arrivé dans les premières minutes, qui teintent la première impression : il pèse donc un peu plus.
        [mid] C’est arrivé au milieu de l’entrevue, où un faux pas isolé se dilue dans le reste de la conversation.
        [closing] C’est arrivé vers la fin, dont les intervieweurs se souviennent le mieux : il pèse donc un peu plus.
       *[after] C’est arrivé après la fin de l’entrevue elle-même : il pèse donc un peu moins.
    }
plan-assessment-corrected = { $corrected ->
        [yes] Vous l’avez corrigé pendant l’entrevue, ce qui réduit son poids de moitié.
       *[no] Il n’a pas été corrigé pendant l’entrevue.
    }
plan-assessment-extenuating = Vous avez noté une circonstance atténuante ({ $circumstance }), ce qui l’adoucit un peu; elle appuierait aussi une demande de deuxième entrevue.
plan-assessment-question = { $has_text ->
        [yes] À la question { $number } (« { $text } »)
       *[no] À la question { $number }
    }, { $quality ->
        [blanked] vous avez eu un blanc
       *[weak] votre réponse était faible
    }{ $linked ->
        [yes] ; le faux pas noté pour cette question n’en explique qu’une partie, elle ajoute donc { $amount ->
            [one] { $points } point
           *[other] { $points } points
        } de plus.
       *[no] {" "}et aucun faux pas n’est noté pour cette question : elle ajoute donc { $amount ->
            [one] { $points } point
           *[other] { $points } points
        }.
    }
plan-assessment-strengths = { $count ->
        [one] Vous avez noté une force, « { $first } »; ce qui a bien été joue en votre faveur.
       *[other] Vous avez noté { $count } forces, dont « { $first } »; ce qui a bien été joue en votre faveur.
    }
plan-assessment-strong-answers = { $total ->
        [one] Votre seule réponse était solide
       *[other] { $strong ->
            [one] { $strong } de vos { $total } réponses était solide
           *[other] { $strong } de vos { $total } réponses étaient solides
        }
    }, ce qui compense une partie des dégâts.
plan-assessment-offset-cap = Les forces compensent au plus { $amount ->
        [one] { $points } point
       *[other] { $points } points
    } : elles adoucissent les faux pas graves sans les effacer.
plan-assessment-felt-worse-went-well = Vous avez donné { $rating } sur 5 à l’entrevue, et ce que vous avez noté indique environ { $evidence } sur 5 : elle s’est bien passée, il n’y a rien à rattraper.
plan-assessment-felt-worse = Vous avez donné { $rating } sur 5 à l’entrevue, mais ce que vous avez noté indique environ { $evidence } sur 5. Cet écart est très courant : juste après une entrevue, la nervosité la fait paraître pire qu’elle ne l’a été. Laissez passer quelques heures, ou une journée, avant de décider quoi faire.
plan-assessment-matches = Votre propre note de { $rating } sur 5 concorde avec ce que vous avez noté : vous pouvez planifier le suivi en toute clarté.
plan-assessment-felt-better = Vous avez donné { $rating } sur 5 à l’entrevue, alors que ce que vous avez noté indique environ { $evidence } sur 5. Elle s’est peut-être mieux passée que la liste le laisse croire, mais revoyez les faux pas que vous avez marqués comme remarqués avant de conclure qu’aucun suivi n’est nécessaire.
