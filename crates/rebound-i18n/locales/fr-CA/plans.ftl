# Les textes de Rebound destinés aux candidats, en français canadien : plans. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/plans.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.

## Le plan en calendrier (GET …/recovery-plans/{id}/calendar.ics et ses abonnements) : le nom et la description.
plan-calendar-name = Plan de rebond Rebound
plan-calendar-description = Quoi faire après l’entrevue, étape par étape. Les étapes que vous terminez ou laissez tomber sont annulées ici.
