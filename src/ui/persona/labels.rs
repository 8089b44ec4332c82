//! The names of the persona model's choices in the catalogue.

use crate::i18n::Key;
use crate::model::{AvatarColour, LifeArea, Rating, Support};

/// The name of an area of life.
pub fn area_name(area: LifeArea) -> Key {
    match area {
        LifeArea::Housing => Key::AreaHousing,
        LifeArea::WorkIncome => Key::AreaWorkIncome,
        LifeArea::Education => Key::AreaEducation,
        LifeArea::Care => Key::AreaCare,
        LifeArea::Wellbeing => Key::AreaWellbeing,
        LifeArea::SocialContacts => Key::AreaSocialContacts,
        LifeArea::Participation => Key::AreaParticipation,
    }
}

/// How it goes, in words.
pub fn rating_name(rating: Rating) -> Key {
    match rating {
        Rating::Good => Key::RatingGood,
        Rating::Fair => Key::RatingFair,
        Rating::Problem => Key::RatingProblem,
    }
}

/// How much support someone gives, in words.
pub fn support_name(support: Support) -> Key {
    match support {
        Support::Strong => Key::SupportStrong,
        Support::Weak => Key::SupportWeak,
        Support::None => Key::SupportNone,
    }
}

/// A colour's name, for the colour picker.
pub fn colour_name(colour: AvatarColour) -> Key {
    match colour {
        AvatarColour::Blue => Key::ColourBlue,
        AvatarColour::Green => Key::ColourGreen,
        AvatarColour::Orange => Key::ColourOrange,
        AvatarColour::Purple => Key::ColourPurple,
        AvatarColour::Red => Key::ColourRed,
        AvatarColour::Teal => Key::ColourTeal,
    }
}
