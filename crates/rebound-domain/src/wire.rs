//! One way to turn an enum into text and back. [`wire_enum!`] declares an enum together with its wire names; serde,
//! the OpenAPI schema (through serde's `rename`), the database columns (`db::enum_columns`) and every other caller
//! use those names, so a variant cannot be spelled two ways.

/// What every enum declared with [`wire_enum!`] offers.
pub trait WireEnum: Sized + Copy + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The wire name of this variant (`case_study`).
    fn as_str(self) -> &'static str;
    /// The variant with this wire name.
    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == text)
    }
}

/// Declares an enum whose variants each carry their wire name:
///
/// ```ignore
/// wire_enum! {
///     /// How the interview took place.
///     #[derive(PartialOrd, Ord)]
///     pub enum Format { Phone = "phone", Video = "video", Onsite = "onsite" }
/// }
/// ```
///
/// The enum derives `Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema`; extra derives and
/// doc comments pass through. It gets inherent `ALL`, `as_str` and `parse` (so callers need no import), implements
/// [`WireEnum`] for generic code, and `Display` (the wire name).
#[macro_export]
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:tt ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize, ::utoipa::ToSchema,
        )]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $wire)] $variant ),+
        }

        #[allow(dead_code)]
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Self] = &[$($name::$variant),+];

            /// The wire name of this variant.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// The variant with this wire name.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($wire => Some($name::$variant),)+ _ => None }
            }
        }

        impl $crate::wire::WireEnum for $name {
            const ALL: &'static [Self] = $name::ALL;
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
            fn parse(text: &str) -> Option<Self> {
                $name::parse(text)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::wire::WireEnum::as_str(*self))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::wire_enum! {
        /// A test enum.
        enum Sample { First = "first", SecondOne = "second_one" }
    }

    #[test]
    fn wire_names_are_what_serde_writes_and_reads() {
        for &value in Sample::ALL {
            let json = serde_json::to_value(value).unwrap();
            assert_eq!(json, serde_json::json!(value.as_str()));
            assert_eq!(serde_json::from_value::<Sample>(json).unwrap(), value);
            assert_eq!(Sample::parse(value.as_str()), Some(value));
            assert_eq!(value.to_string(), value.as_str());
        }
        assert_eq!(Sample::parse("second"), None);
    }
}
