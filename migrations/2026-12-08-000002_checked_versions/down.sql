DROP FUNCTION rebound_expect_version(integer, integer);
