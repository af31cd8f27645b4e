"""Figures in through the browser: uploads by the county boards (Inläsning) and the municipalities'
yearly reports (Rapportera) with their review (Inrapportering). Every write goes through here and
checks the signed-in user's role on the server, whatever the page showed; the ETL writes the batch."""
