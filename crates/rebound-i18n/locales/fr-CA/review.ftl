# Les textes de Rebound destinés aux candidats, en français canadien : review. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/review.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.
