//! What a locale's messages are made of, so a test can hold every locale to the same set of messages, each using
//! the same variables: a message in one locale only, or a variable one translation forgets, fails the build's tests.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// The variables one message uses (in its value, attributes and selectors), by name without the `$`.
pub type MessageShape = BTreeSet<String>;

/// Every message and term of a `.ftl` source, with the variables each uses; `Err` with the parser's complaints
/// when the source is not valid Fluent.
pub fn message_variables(source: &str) -> Result<BTreeMap<String, MessageShape>, String> {
    let resource =
        fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut shapes = BTreeMap::new();
    for entry in &resource.body {
        let (id, patterns): (String, Vec<&Pattern<&str>>) = match entry {
            Entry::Message(message) => (
                message.id.name.to_owned(),
                message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            Entry::Term(term) => (
                format!("-{}", term.id.name),
                std::iter::once(&term.value)
                    .chain(term.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let mut variables = MessageShape::new();
        for pattern in patterns {
            pattern_variables(pattern, &mut variables);
        }
        shapes.insert(id, variables);
    }
    Ok(shapes)
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut MessageShape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut MessageShape) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut MessageShape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            let named = arguments.named.iter().map(|n| &n.value);
            for argument in arguments.positional.iter().chain(named) {
                inline_variables(argument, out);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            let named = arguments.named.iter().map(|n| &n.value);
            for argument in arguments.positional.iter().chain(named) {
                inline_variables(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// What differs between two locales' sources: messages one lacks, and messages whose variables differ.
pub fn parity_problems(first: (&str, &str), second: (&str, &str)) -> Vec<String> {
    let (first_name, first_source) = first;
    let (second_name, second_source) = second;
    let parse = |name: &str, source: &str| {
        message_variables(source)
            .unwrap_or_else(|errors| panic!("{name}: invalid Fluent: {errors}"))
    };
    let a = parse(first_name, first_source);
    let b = parse(second_name, second_source);
    let mut problems = Vec::new();
    for (id, variables) in &a {
        match b.get(id) {
            None => problems.push(format!("{id}: in {first_name}, missing from {second_name}")),
            Some(other) if other != variables => problems.push(format!(
                "{id}: variables {variables:?} in {first_name} but {other:?} in {second_name}"
            )),
            Some(_) => {}
        }
    }
    for id in b.keys().filter(|id| !a.contains_key(*id)) {
        problems.push(format!("{id}: in {second_name}, missing from {first_name}"));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sources, Locale, FILES};

    #[test]
    fn every_message_exists_in_every_locale_with_the_same_variables() {
        for locale in Locale::ALL {
            for (index, file) in FILES.iter().enumerate() {
                let english = (Locale::En.tag(), sources(Locale::En)[index]);
                let problems = parity_problems(english, (locale.tag(), sources(locale)[index]));
                assert!(problems.is_empty(), "{file}.ftl: {}", problems.join("\n"));
            }
        }
    }

    #[test]
    fn a_message_in_one_locale_only_fails() {
        let en = "greeting = Hello { $name }!\nbye = Goodbye.\n";
        let fr = "greeting = Bonjour { $name }!\n";
        assert_eq!(
            parity_problems(("en", en), ("fr-CA", fr)),
            ["bye: in en, missing from fr-CA"]
        );
        assert_eq!(
            parity_problems(("fr-CA", fr), ("en", en)),
            ["bye: in en, missing from fr-CA"]
        );
    }

    #[test]
    fn a_forgotten_variable_fails_even_inside_a_selector() {
        let en = "steps = { $count ->\n    [one] One step for { $name }.\n   *[other] { $count } steps for { $name }.\n}\n";
        let fr = "steps = { $count ->\n    [one] Une étape.\n   *[other] { $count } étapes.\n}\n";
        let problems = parity_problems(("en", en), ("fr-CA", fr));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("steps: variables"), "{problems:?}");
        let shapes = message_variables(en).unwrap();
        assert_eq!(
            shapes["steps"],
            MessageShape::from(["count".into(), "name".into()])
        );
    }

    #[test]
    fn invalid_fluent_is_refused() {
        assert!(message_variables("broken = { $oops\n").is_err());
    }
}
