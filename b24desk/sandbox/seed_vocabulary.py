"""The words the demo data is made of, in English, Russian, German, Portuguese and French.

Names, cities, titles and comments; the portal's users and departments; and the CRM reference lists
(lead statuses, sources, deal stages and types, contact and company types, industries).
"""

from __future__ import annotations

# (language, first names, last names, cities with country, lead title words)
PEOPLE: list[tuple[str, list[str], list[str], list[tuple[str, str]], list[str]]] = [
    (
        "en",
        ["James", "Olivia", "Liam", "Emma", "Noah", "Ava"],
        ["Smith", "Johnson", "Brown", "Taylor", "Clarke"],
        [("London", "United Kingdom"), ("Chicago", "USA"), ("Toronto", "Canada")],
        ["Website enquiry", "Request for quote", "Partnership proposal", "Demo request"],
    ),
    (
        "ru",
        ["Анна", "Дмитрий", "Екатерина", "Иван", "Ольга", "Сергей"],
        ["Иванова", "Петров", "Смирнова", "Кузнецов"],
        [("Москва", "Россия"), ("Казань", "Россия"), ("Алматы", "Казахстан")],
        ["Заявка с сайта", "Запрос коммерческого предложения", "Звонок клиента", "Интерес к демо"],
    ),
    (
        "de",
        ["Lukas", "Sophie", "Jürgen", "Marie", "Felix", "Lena"],
        ["Müller", "Schmidt", "Weiß", "Schröder"],
        [("Berlin", "Deutschland"), ("München", "Deutschland"), ("Wien", "Österreich")],
        ["Anfrage über Website", "Angebotsanfrage", "Rückruf erwünscht", "Messekontakt"],
    ),
    (
        "pt",
        ["João", "Beatriz", "Gonçalo", "Mariana", "Thiago", "Luísa"],
        ["Silva", "Conceição", "Gonçalves", "Araújo"],
        [("São Paulo", "Brasil"), ("Lisboa", "Portugal"), ("Porto Alegre", "Brasil")],
        ["Pedido de orçamento", "Contato pelo site", "Solicitação de demonstração", "Indicação de parceiro"],
    ),
    (
        "fr",
        ["Élodie", "Théo", "Chloé", "François", "Inès", "Noël"],
        ["Dubois", "Lefèvre", "Moreau", "Girard"],
        [("Paris", "France"), ("Lyon", "France"), ("Genève", "Suisse")],
        ["Demande de devis", "Contact via le site", "Demande de démo", "Salon professionnel"],
    ),
]
COMPANY_WORDS = {
    "en": ["Northwind Traders", "Blue Harbor Ltd", "Acme Logistics"],
    "ru": ["ООО «Вектор»", "АО «Север»", "ООО «Техностар»"],
    "de": ["Müller & Söhne GmbH", "Nordlicht AG", "Bäckerei Weiß KG"],
    "pt": ["Açaí Comércio Ltda", "Luz do Sol S.A.", "Conceição & Filhos"],
    "fr": ["Société Générale du Café", "Éclat Design SARL", "Boulangerie Noël"],
}
COMMENTS = {
    "en": "Asked for a callback after 3 pm.",
    "ru": "Просил перезвонить после обеда.",
    "de": "Bitte nach 15 Uhr zurückrufen.",
    "pt": "Pediu retorno depois das 15h.",
    "fr": "Rappeler après 15 h, s'il vous plaît.",
}
CURRENCIES = {"en": "USD", "ru": "RUB", "de": "EUR", "pt": "BRL", "fr": "EUR"}
DEPARTMENTS = [
    ("1", "Our company", None),
    ("2", "Sales", "1"),
    ("3", "Marketing", "1"),
    ("4", "Support", "1"),
    ("5", "Vertrieb DACH", "2"),
]
USERS = [  # (name, last name, gender, position, department, language)
    ("Vadim", "Admin", "M", "Portal administrator", "1", "en"),
    ("Anna", "Sokolova", "F", "Sales manager", "2", "ru"),
    ("Lukas", "Becker", "M", "Account executive", "5", "de"),
    ("Mariana", "Araújo", "F", "Marketing lead", "3", "pt"),
    ("Chloé", "Martin", "F", "Support engineer", "4", "fr"),
    ("Oliver", "Wright", "M", "Sales manager", "2", "en"),
    ("Дмитрий", "Орлов", "M", "Инженер поддержки", "4", "ru"),
    ("Jürgen", "Groß", "M", "Vertriebsleiter", "5", "de"),
]
STATUSES: dict[str, list[tuple[str, str, str | None]]] = {  # entity -> (STATUS_ID, NAME, semantics)
    "STATUS": [
        ("NEW", "Unassigned", "process"),
        ("IN_PROCESS", "In progress", "process"),
        ("PROCESSED", "Processed", "process"),
        ("JUNK", "Junk lead", "failure"),
        ("CONVERTED", "Good lead", "success"),
    ],
    "SOURCE": [
        ("CALL", "Call", None),
        ("EMAIL", "E-Mail", None),
        ("WEB", "Website", None),
        ("ADVERTISING", "Advertising", None),
        ("PARTNER", "Existing client", None),
        ("RECOMMENDATION", "By recommendation", None),
        ("TRADE_SHOW", "Show/Exhibition", None),
        ("OTHER", "Other", None),
    ],
    "DEAL_STAGE": [
        ("NEW", "New", "process"),
        ("PREPARATION", "Document preparation", "process"),
        ("PREPAYMENT_INVOICE", "Prepayment invoice", "process"),
        ("EXECUTING", "In progress", "process"),
        ("FINAL_INVOICE", "Final invoice", "process"),
        ("WON", "Deal won", "success"),
        ("LOSE", "Deal lost", "failure"),
    ],
    "DEAL_TYPE": [
        ("SALE", "Sales", None),
        ("COMPLEX", "Integrated sale", None),
        ("GOODS", "Merchandise", None),
        ("SERVICES", "Services", None),
    ],
    "CONTACT_TYPE": [
        ("CLIENT", "Clients", None),
        ("SUPPLIER", "Suppliers", None),
        ("PARTNER", "Partners", None),
        ("OTHER", "Other", None),
    ],
    "COMPANY_TYPE": [
        ("CUSTOMER", "Client", None),
        ("SUPPLIER", "Supplier", None),
        ("COMPETITOR", "Competitor", None),
        ("PARTNER", "Partner", None),
        ("OTHER", "Other", None),
    ],
    "INDUSTRY": [
        ("IT", "Information Technology", None),
        ("TELECOM", "Telecommunication", None),
        ("MANUFACTURING", "Manufacturing", None),
        ("BANKING", "Banking Services", None),
        ("CONSULTING", "Consulting", None),
        ("OTHER", "Other", None),
    ],
    "EMPLOYEES": [
        ("EMPLOYEES_1", "less than 50", None),
        ("EMPLOYEES_2", "50-250", None),
        ("EMPLOYEES_3", "250-500", None),
        ("EMPLOYEES_4", "over 500", None),
    ],
    "HONORIFIC": [
        ("HNR_EN_1", "Mr.", None),
        ("HNR_EN_2", "Mrs.", None),
        ("HNR_EN_3", "Ms.", None),
        ("HNR_EN_4", "Dr.", None),
    ],
}
SEMANTIC_LETTER = {"process": "P", "success": "S", "failure": "F"}
COLORS = {"process": "#39A8EF", "success": "#7BD500", "failure": "#FF5752"}
