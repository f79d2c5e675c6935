# Les textes de Rebound destinés aux candidats, en français canadien : sign-in. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/sign-in.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.
