# Les textes de Rebound destinés aux candidats, en français canadien : notes. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/notes.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.

## Le courriel de remerciement rédigé pour le candidat. Vouvoiement, registre d’un courriel professionnel québécois.
## Le candidat écrit à la première personne : aucun participe ni adjectif ne s’accorde avec « je » (« ravi »,
## « déçu », « intéressé », « reconnaissant »), car on ne connaît pas son genre ; on tourne la phrase autrement
## (« la nouvelle me déçoit », « le poste m’intéresse »). Chaque formulation possible est un message numéroté à
## partir de 1 ; le code les compte. $format vaut « onsite » ou « remote » ; $tone, « formal » ou « warm ».

## Objet du courriel. $occasion : « offer », « closed » (refus ou retrait) ou « other ».
note-subject = { $tone ->
        [warm] { $occasion ->
            [offer] Merci pour l’offre – poste « { $role } »!
            [closed] Merci pour votre temps – poste « { $role } »
           *[other] Merci pour notre échange sur le poste « { $role } »
        }
       *[formal] { $occasion ->
            [offer] Remerciements – offre pour le poste « { $role } »
            [closed] Remerciements – candidature au poste « { $role } »
           *[other] Remerciements – entrevue pour le poste « { $role } »
        }
    }

## Salutations. $names : les intervieweurs, tels que le courriel les salue, déjà joints (note-list-and). Sans titre
## de civilité connu, on ne devine jamais le genre d’après le prénom : on écrit le prénom et le nom (registre
## soutenu) ou le prénom seul (registre chaleureux).
note-salutation-formal = Bonjour { $names },
## Registre soutenu, quand chaque intervieweur a son titre de civilité : « Madame Tremblay, ».
note-salutation-formal-titled = { $names },
note-salutation-warm = Bonjour { $names },
## Aucun nom d’intervieweur n’a été noté.
note-salutation-team = { $tone ->
        [warm] Bonjour à l’équipe { $company },
       *[formal] Madame, Monsieur,
    }
## Les deux derniers éléments d’une liste : « A, B et C », où { $init } vaut « A, B » et { $last }, « C ».
note-list-and = { $init } et { $last }
note-your-name = [Votre nom]

## Premières phrases, selon l’occasion : « open » (en attente, sans réponse ou étape suivante), « offer »,
## « rejected » et « withdrawn ».
note-opening-formal-open-1 = Merci d’avoir pris le temps { $format ->
        [onsite] de me rencontrer
       *[remote] de vous entretenir avec moi
    } au sujet du poste « { $role } » chez { $company }.
note-opening-formal-open-2 = Je vous remercie { $format ->
        [onsite] de notre rencontre
       *[remote] de notre entretien
    } au sujet du poste « { $role } » chez { $company }.
note-opening-formal-open-3 = Merci du temps que vous m’avez accordé pour discuter du poste « { $role } » chez { $company }.
note-opening-formal-open-4 = Je vous remercie de m’avoir donné l’occasion de discuter avec vous du poste « { $role } » chez { $company }.
note-opening-formal-open-5 = J’ai eu grand plaisir à { $format ->
        [onsite] vous rencontrer
       *[remote] m’entretenir avec vous
    } au sujet du poste « { $role } » chez { $company }, et je vous remercie de votre temps.
note-opening-warm-open-1 = Merci beaucoup d’avoir pris le temps de discuter avec moi du poste « { $role } » chez { $company }.
note-opening-warm-open-2 = Ça m’a fait grand plaisir de { $format ->
        [onsite] vous rencontrer
       *[remote] discuter avec vous
    } au sujet du poste « { $role } » chez { $company }; merci pour votre temps.
note-opening-warm-open-3 = Un grand merci d’avoir pris le temps de parler du poste « { $role } » chez { $company }.
note-opening-warm-open-4 = Merci pour votre temps et pour cette belle occasion de parler du poste « { $role } » chez { $company }.
note-opening-warm-open-5 = J’ai vraiment apprécié notre conversation au sujet du poste « { $role } » chez { $company }.
note-opening-formal-offer-1 = Je vous remercie de votre offre pour le poste « { $role } » chez { $company }, ainsi que du temps que vous m’avez accordé au fil des entrevues.
note-opening-formal-offer-2 = C’est avec grand plaisir que j’ai reçu votre offre pour le poste « { $role } » chez { $company }; je vous en remercie.
note-opening-formal-offer-3 = Merci beaucoup de m’offrir le poste « { $role } » chez { $company }.
note-opening-warm-offer-1 = Merci mille fois pour votre offre concernant le poste « { $role } » chez { $company }, et pour tout le temps que vous m’avez consacré.
note-opening-warm-offer-2 = Quelle belle nouvelle que votre offre pour le poste « { $role } » chez { $company }! Merci infiniment.
note-opening-warm-offer-3 = Merci de m’offrir le poste « { $role } » chez { $company }; la nouvelle m’a fait très plaisir.
note-opening-formal-rejected-1 = Je vous remercie de m’avoir fait part de votre décision concernant le poste « { $role } » chez { $company }, ainsi que du temps que vous m’avez accordé.
note-opening-formal-rejected-2 = Merci de m’avoir communiqué votre décision au sujet du poste « { $role } » chez { $company }, et d’avoir étudié ma candidature.
note-opening-formal-rejected-3 = Je vous remercie de votre réponse au sujet du poste « { $role } » chez { $company }, et du temps que vous m’avez consacré.
note-opening-warm-rejected-1 = Merci de m’avoir donné des nouvelles au sujet du poste « { $role } » chez { $company }, et pour le temps que vous m’avez accordé.
note-opening-warm-rejected-2 = Merci de m’avoir donné votre réponse pour le poste « { $role } » chez { $company }, et d’avoir pris ma candidature en considération.
note-opening-warm-rejected-3 = J’apprécie votre réponse au sujet du poste « { $role } » chez { $company }, et tout le temps que vous m’avez consacré.
note-opening-formal-withdrawn-1 = Je vous remercie encore de votre temps et de l’intérêt que vous avez porté à ma candidature au poste « { $role } » chez { $company }.
note-opening-formal-withdrawn-2 = Merci du temps que vous m’avez accordé et de l’attention portée à ma candidature au poste « { $role } » chez { $company }.
note-opening-formal-withdrawn-3 = Je vous remercie d’avoir étudié ma candidature au poste « { $role } » chez { $company }, et de votre temps.
note-opening-warm-withdrawn-1 = Merci encore pour votre temps et pour l’intérêt que vous avez porté à ma candidature au poste « { $role } » chez { $company }.
note-opening-warm-withdrawn-2 = Un grand merci pour votre temps et pour votre intérêt envers ma candidature au poste « { $role } » chez { $company }.
note-opening-warm-withdrawn-3 = J’ai vraiment apprécié votre temps et l’intérêt que vous avez montré pour ma candidature au poste « { $role } » chez { $company }.

## Ce que le candidat a apprécié : $phrase est un point fort noté par le candidat, ou l’une des épreuves ci-dessous.
note-highlight-formal-1 = J’ai particulièrement apprécié { $phrase }.
note-highlight-formal-2 = J’ai tout spécialement apprécié { $phrase }.
note-highlight-formal-3 = J’ai beaucoup apprécié { $phrase }.
note-highlight-warm-1 = J’ai vraiment aimé { $phrase }.
note-highlight-warm-2 = J’ai adoré { $phrase }.
note-highlight-warm-3 = J’ai particulièrement aimé { $phrase }.
note-highlight-round-technical = nos échanges sur les questions techniques
note-highlight-round-case-study = le travail sur l’étude de cas avec vous
note-highlight-round-panel = la rencontre avec le comité

## Dernières phrases : l’intérêt pour le poste, l’étape suivante ou, une fois la décision prise, la relation.
note-closing-formal-open-1 = Notre conversation a renforcé mon intérêt pour le poste, et j’aimerais beaucoup apporter ma contribution chez { $company }.
note-closing-formal-open-2 = Le poste m’intéresse toujours vivement, et j’aimerais mettre mon expérience à profit chez { $company }.
note-closing-formal-open-3 = Ce serait un plaisir de me joindre à { $company } dans ce rôle.
note-closing-formal-open-4 = Ce poste correspond exactement au type de travail que je souhaite accomplir chez { $company }.
note-closing-formal-open-5 = J’aimerais beaucoup aller plus loin et avoir l’occasion de me joindre à { $company }.
note-closing-warm-open-1 = Notre échange m’a donné encore plus envie de ce poste, et j’aimerais beaucoup me joindre à l’équipe.
note-closing-warm-open-2 = Le poste me plaît vraiment, et j’aimerais beaucoup travailler avec vous chez { $company }.
note-closing-warm-open-3 = J’ai bien hâte de relever ce défi avec vous chez { $company }.
note-closing-warm-open-4 = Ce poste m’enthousiasme sincèrement, et j’espère bien faire partie de votre équipe chez { $company }.
note-closing-warm-open-5 = Notre conversation m’a donné une réelle envie de me joindre à { $company }.
note-closing-formal-advanced-1 = C’est avec plaisir que je passe à l’étape suivante, à laquelle je me prépare déjà. Je me réjouis de poursuivre notre discussion au sujet du poste « { $role } ».
note-closing-formal-advanced-2 = Je me réjouis de passer à la prochaine étape; je m’y prépare déjà avec enthousiasme.
note-closing-formal-advanced-3 = La nouvelle de mon passage à l’étape suivante m’a fait grand plaisir, et je m’y prépare déjà.
note-closing-warm-advanced-1 = Quelle bonne nouvelle de passer à la prochaine étape! Je m’y prépare déjà et j’ai bien hâte à notre prochaine conversation.
note-closing-warm-advanced-2 = Ça m’a vraiment fait plaisir d’apprendre que je passe à la prochaine étape, et je m’y prépare déjà.
note-closing-warm-advanced-3 = Excellente nouvelle pour la prochaine étape; je m’y prépare et j’ai bien hâte à notre prochaine conversation.
note-closing-formal-offer-1 = La perspective de me joindre à { $company } me réjouit, et j’ai hâte de passer à la prochaine étape et d’en régler les détails avec vous.
note-closing-formal-offer-2 = J’ai hâte de discuter des prochaines étapes avec vous et de me joindre à { $company }.
note-closing-formal-offer-3 = Me joindre à { $company } est une perspective qui m’enthousiasme beaucoup, et j’ai hâte de passer aux prochaines étapes.
note-closing-warm-offer-1 = J’ai vraiment hâte de me joindre à { $company } et de régler les prochaines étapes ensemble.
note-closing-warm-offer-2 = La perspective de me joindre à { $company } m’enthousiasme, et j’ai bien hâte de discuter des prochaines étapes.
note-closing-warm-offer-3 = J’ai hâte de passer aux prochaines étapes, et l’idée de me joindre à { $company } me réjouit énormément.
note-closing-formal-rejected-1 = Bien que la nouvelle me déçoive, je garde une excellente impression de mon passage chez { $company } et j’aimerais que ma candidature soit prise en considération si un autre poste s’ouvre. Si vous en avez l’occasion, vos commentaires sur la façon de renforcer ma candidature me seraient très précieux.
note-closing-formal-rejected-2 = La nouvelle me déçoit, mais n’hésitez pas à penser à moi si un autre poste s’ouvre chez { $company }. Si vous avez un moment, vos commentaires sur ma candidature seraient grandement appréciés.
note-closing-formal-rejected-3 = J’ai beaucoup d’estime pour { $company } et je vous saurais gré de penser à moi si un autre poste devait s’ouvrir. Tout commentaire que vous pourriez me transmettre me serait très utile.
note-closing-warm-rejected-1 = C’est une déception, bien sûr, mais j’aimerais beaucoup qu’on pense à moi si un autre poste s’ouvre chez { $company }. Si vous avez un moment, vos commentaires seraient les bienvenus.
note-closing-warm-rejected-2 = C’est décevant, mais j’aimerais beaucoup être au courant si un autre poste se libère chez { $company }. Vos commentaires, si vous pouvez m’en faire part, m’aideraient énormément.
note-closing-warm-rejected-3 = J’aimerais bien rester en contact au cas où un autre poste s’ouvrirait chez { $company }. Si vous avez un moment, vos commentaires me seraient vraiment précieux.
note-closing-formal-withdrawn-1 = Bien que j’aie décidé de me retirer du processus, je garde une excellente impression de nos échanges chez { $company }, et j’aimerais beaucoup que nous restions en contact.
note-closing-formal-withdrawn-2 = J’ai décidé de me retirer du processus, mais j’ai beaucoup d’estime pour { $company } et j’aimerais que nous restions en contact.
note-closing-formal-withdrawn-3 = Même si je ne poursuis pas le processus, j’aimerais garder le contact avec votre équipe chez { $company }.
note-closing-warm-withdrawn-1 = J’ai décidé de me retirer du processus, mais j’ai vraiment aimé faire la connaissance de votre équipe chez { $company }, et j’aimerais bien rester en contact.
note-closing-warm-withdrawn-2 = J’ai décidé de me retirer du processus, mais j’aimerais beaucoup qu’on reste en contact.
note-closing-warm-withdrawn-3 = Je ne poursuis pas le processus, mais j’aimerais bien rester en contact avec votre équipe chez { $company }.

## La dernière ligne tant que le processus est ouvert : « news » sans réponse de leur part, « decision » après une
## dernière entrevue, « next-steps » sinon ; le registre chaleureux dit la même chose dans les deux derniers cas
## (« soon »).
note-next-formal-news-1 = Je vous saurais gré de me faire savoir où en est le processus, au moment qui vous conviendra.
note-next-formal-news-2 = Lorsque vous en aurez l’occasion, j’aimerais avoir des nouvelles du processus.
note-next-formal-news-3 = Quand vous aurez un moment, j’aimerais savoir où en sont les choses.
note-next-formal-decision-1 = J’attends votre décision avec intérêt.
note-next-formal-decision-2 = Au plaisir d’avoir de vos nouvelles.
note-next-formal-decision-3 = Je demeure dans l’attente de votre décision.
note-next-formal-next-steps-1 = J’attends avec intérêt de connaître les prochaines étapes.
note-next-formal-next-steps-2 = Au plaisir d’avoir de vos nouvelles au sujet de la prochaine étape.
note-next-formal-next-steps-3 = Au plaisir d’avoir de vos nouvelles.
note-next-formal-next-steps-4 = J’espère avoir bientôt de vos nouvelles au sujet des prochaines étapes.
note-next-warm-news-1 = N’hésitez pas à me dire où en sont les choses quand vous aurez un moment.
note-next-warm-news-2 = Quand vous aurez une minute, j’aimerais bien savoir où en est le processus.
note-next-warm-soon-1 = Au plaisir d’avoir de vos nouvelles!
note-next-warm-soon-2 = J’espère avoir de vos nouvelles bientôt.
note-next-warm-soon-3 = Au plaisir de vous lire.
note-next-warm-soon-4 = Au plaisir de se reparler bientôt.

## Salutations finales, avant le nom du candidat. « Je vous prie d’agréer… » est trop guindé pour un courriel. Une
## formule qui remercie n’est pas retenue quand la première phrase remercie déjà.
note-sign-off-formal-1 = Cordialement,
note-sign-off-formal-2 = Bien cordialement,
note-sign-off-formal-3 = Salutations distinguées,
note-sign-off-formal-4 = Meilleures salutations,
note-sign-off-warm-1 = Au plaisir,
note-sign-off-warm-2 = Bonne journée,
note-sign-off-warm-3 = À bientôt,
note-sign-off-warm-4 = Merci et au plaisir,

## Les réparations, une phrase par type d’impair et par registre. Les crochets sont à remplir par le candidat.
note-repair-salary-blank-formal = Pour ce qui est de la rémunération : après avoir étudié le marché pour ce type de poste, je vise un salaire dans une fourchette de [votre fourchette].
note-repair-salary-blank-warm = Côté salaire : après avoir regardé le marché pour ce poste, je vise une fourchette de [votre fourchette].
## $experiences : une ou deux expériences, jointes (note-list-and).
note-repair-experience-formal = Pour compléter ce que nous avons dit de mon parcours, j’aimerais aussi souligner { $experiences }
## $count : combien d’expériences (une ou deux) ; $first et $second, les expériences.
note-repair-experience-warm = { $count ->
        [one] Un point de plus sur mon parcours : { $first }
       *[other] Deux points à ajouter sur mon parcours : { $first } et { $second }
    }
note-placeholder-experience = [l’expérience à ajouter]
## $asked : « yes » quand la question est connue ($question en est le texte), sinon « no ».
note-repair-technical-blank-formal = En repensant à votre question { $asked ->
        [yes] « { $question } »
       *[no] sur [le sujet]
    }, voici ce que je répondrais : [votre réponse, en bref].
note-repair-technical-blank-warm = J’ai repensé à votre question { $asked ->
        [yes] « { $question } »
       *[no] sur [le sujet]
    }; voici ma réponse : [votre réponse, en bref].
note-repair-no-questions-asked-formal = J’aimerais aussi en apprendre davantage sur [le sujet sur lequel vous vouliez poser une question].
note-repair-no-questions-asked-warm = J’aimerais bien en savoir plus sur [le sujet sur lequel vous vouliez poser une question].
note-repair-technical-failure-formal = Je reviendrai volontiers sur tout ce que les difficultés techniques de notre appel ont pu écourter.
note-repair-technical-failure-warm = Je peux volontiers revenir sur ce que les pépins techniques de notre appel ont écourté.
## $said : ce que le candidat a dit ; $correct : le fait exact. $elide : « yes » quand $said commence par une
## voyelle (« qu’il » et non « que il »).
note-repair-factual-error-formal = Une précision sur notre entrevue : j’ai indiqué { $elide ->
        [yes] qu’{ $said }
       *[no] que { $said }
    }; en réalité, { $correct }.
note-repair-factual-error-warm = Petite correction : j’ai dit { $elide ->
        [yes] qu’{ $said }
       *[no] que { $said }
    }, mais en fait, { $correct }.
note-placeholder-said = [ce que vous avez dit]
note-placeholder-correct = [le fait exact]
note-repair-unclear-on-role-formal = À la réflexion, je vois le poste comme [la raison d’être du poste], ce qui correspond bien à mon parcours.
note-repair-unclear-on-role-warm = En y repensant, je vois le poste comme [la raison d’être du poste] : exactement le genre de travail que j’aime.

## Le mot à une personne de confiance qui servira de référence. $count : combien de points (un ou deux) ; $points :
## ces points, joints.
note-reference-greeting = Bonjour [nom de votre référence],
note-reference-body = Un petit mot pour vous prévenir : j’ai passé une entrevue chez { $company } pour le poste « { $role } », et on pourrait donc vous appeler bientôt comme référence. { $count ->
        [one] Il y a un point que je n’ai pas su bien faire valoir en entrevue : { $points }.
       *[other] Il y a deux points que je n’ai pas su bien faire valoir en entrevue : { $points }.
    } Si l’occasion se présente naturellement, ce serait très précieux que vous puissiez { $count ->
        [one] le mentionner
       *[other] les mentionner
    }.
note-reference-sign-off = Merci de votre appui,
note-reference-point-colleagues = ma façon de gérer les situations délicates avec des collègues
note-placeholder-experience-left-out = [l’expérience que vous avez omise]
