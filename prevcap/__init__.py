"""prevcap: crime- and ANDT-prevention capacity of the municipalities of northern Sweden.

The library shared by the ETL, the Streamlit pages, the exports and the tests.
"""
