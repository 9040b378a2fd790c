"""The pages' own words (headings, labels) in each language; the profile's texts
come translated from the API."""

from app.languages import Language

# The language switch names each language in itself.
NAMES = {
    Language.EN: "English",
    Language.FR: "Français",
    Language.NL: "Nederlands",
    Language.DE: "Deutsch",
}

TEXTS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "skip": "Skip to the content",
        "search_label": "Search the profiles",
        "search": "Search",
        "language": "Language",
        "general_information": "General Information",
        "authorities": "Migration Authorities",
        "policy_documents": "Key Policy Documents",
        "publications": "Relevant Publications",
        "narrative": "Profile",
        "source": "Source",
        "value": "Value",
        "year": "Year",
        "notes": "Notes",
    },
    Language.FR: {
        "skip": "Aller au contenu",
        "search_label": "Rechercher dans les profils",
        "search": "Rechercher",
        "language": "Langue",
        "general_information": "Informations générales",
        "authorities": "Autorités chargées de la migration",
        "policy_documents": "Principaux textes",
        "publications": "Publications",
        "narrative": "Profil",
        "source": "Source",
        "value": "Valeur",
        "year": "Année",
        "notes": "Notes",
    },
    Language.NL: {
        "skip": "Naar de inhoud",
        "search_label": "Zoeken in de profielen",
        "search": "Zoeken",
        "language": "Taal",
        "general_information": "Algemene informatie",
        "authorities": "Migratie-instanties",
        "policy_documents": "Belangrijkste beleidsteksten",
        "publications": "Publicaties",
        "narrative": "Profiel",
        "source": "Bron",
        "value": "Waarde",
        "year": "Jaar",
        "notes": "Opmerkingen",
    },
    Language.DE: {
        "skip": "Zum Inhalt",
        "search_label": "In den Profilen suchen",
        "search": "Suchen",
        "language": "Sprache",
        "general_information": "Allgemeine Informationen",
        "authorities": "Migrationsbehörden",
        "policy_documents": "Wichtige Rechtstexte",
        "publications": "Veröffentlichungen",
        "narrative": "Profil",
        "source": "Quelle",
        "value": "Wert",
        "year": "Jahr",
        "notes": "Anmerkungen",
    },
}
