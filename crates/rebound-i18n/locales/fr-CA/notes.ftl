# Les textes de Rebound destinés aux candidats, en français canadien : notes. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/notes.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.
