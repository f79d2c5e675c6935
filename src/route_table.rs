//! The API's path templates with the methods each accepts, derived from the OpenAPI document. Startup builds it
//! once and registers it as app data; the fallback route reads it to tell a wrong method (405 with `Allow`) from an
//! unknown path (404).

use std::collections::BTreeMap;

/// Path templates of the API with the methods each accepts.
pub struct RouteTable {
    routes: Vec<(Vec<String>, Vec<String>)>,
}

impl RouteTable {
    /// Reads the paths and methods of `api` (startup builds the table once, from the document it serves).
    pub fn from_document(api: &utoipa::openapi::OpenApi) -> Self {
        let routes = api
            .paths
            .paths
            .iter()
            .map(|(template, item)| {
                let segments = template.split('/').map(str::to_string).collect();
                let methods: BTreeMap<&str, ()> = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                ]
                .into_iter()
                .filter(|(_, present)| *present)
                .map(|(m, _)| (m, ()))
                .collect();
                (segments, methods.into_keys().map(str::to_string).collect())
            })
            .collect();
        Self { routes }
    }

    /// Methods accepted at `path` (empty when no route matches it).
    pub fn methods_for(&self, path: &str) -> Vec<String> {
        let segments: Vec<&str> = path.split('/').collect();
        let mut methods: Vec<String> = self
            .routes
            .iter()
            .filter(|(template, _)| {
                template.len() == segments.len()
                    && template.iter().zip(&segments).all(|(t, s)| {
                        (t.starts_with('{') && t.ends_with('}') && !s.is_empty()) || t == s
                    })
            })
            .flat_map(|(_, methods)| methods.iter().cloned())
            .collect();
        methods.sort();
        methods.dedup();
        methods
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_route_table_matches_templates_segment_by_segment() {
        let table = RouteTable::from_document(&crate::openapi::document());
        assert_eq!(table.methods_for("/v1/users"), vec!["GET", "POST"]);
        assert_eq!(
            table.methods_for("/v1/users/123"),
            vec!["DELETE", "GET", "PATCH"]
        );
        assert!(table.methods_for("/v1/users/123/extra").is_empty());
        assert!(table.methods_for("/v1/nothing").is_empty());
    }
}
